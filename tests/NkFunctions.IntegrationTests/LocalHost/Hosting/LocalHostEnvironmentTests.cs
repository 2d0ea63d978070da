using NkFunctions.LocalHost.Hosting;

namespace NkFunctions.IntegrationTests.LocalHost.Hosting;

public sealed class LocalHostEnvironmentTests
{
    private static readonly string[] NoArgs = [];
    private static readonly string[] EnvironmentStaging = ["--environment", "Staging"];
    private static readonly string[] EnvironmentStagingEquals = ["--environment=Staging"];
    private static readonly string[] OtherArgs = ["--urls", "http://127.0.0.1:0", "--NK_FUNCTION_KEY", "k"];

    [Fact]
    public void Resolve_NothingSet_Development()
    {
        Assert.Equal("Development", LocalHostEnvironment.Resolve(NoArgs, Variables()));
    }

    [Fact]
    public void Resolve_UnrelatedArgs_Development()
    {
        Assert.Equal("Development", LocalHostEnvironment.Resolve(OtherArgs, Variables()));
    }

    [Fact]
    public void Resolve_EnvironmentArgument_NullSoTheBuilderAppliesIt()
    {
        Assert.Null(LocalHostEnvironment.Resolve(EnvironmentStaging, Variables()));
        Assert.Null(LocalHostEnvironment.Resolve(EnvironmentStagingEquals, Variables()));
    }

    [Fact]
    public void Resolve_AspNetCoreEnvironmentVariable_Null()
    {
        Assert.Null(LocalHostEnvironment.Resolve(NoArgs, Variables(("ASPNETCORE_ENVIRONMENT", "Production"))));
    }

    // Resolve adds ASPNETCORE_ENVIRONMENT as a second in-memory source even when it is unset; a null value in a later
    // memory source still counts as "found", so it hides DOTNET_ENVIRONMENT, Resolve returns "Development", and
    // WebApplicationOptions.EnvironmentName then overrides DOTNET_ENVIRONMENT=Production in the builder.
    [Fact]
    public void Resolve_DotnetEnvironmentVariable_Null()
    {
        Assert.Null(LocalHostEnvironment.Resolve(NoArgs, Variables(("DOTNET_ENVIRONMENT", "Production"))));
    }

    [Fact]
    public void Resolve_DotnetAndAspNetCoreVariables_Null()
    {
        Assert.Null(LocalHostEnvironment.Resolve(NoArgs, Variables(("DOTNET_ENVIRONMENT", "Production"), ("ASPNETCORE_ENVIRONMENT", "Staging"))));
    }

    [Fact]
    public void Resolve_AspNetCoreVariableAndFunctionsVariable_NullBecauseAspNetCoreWins()
    {
        Assert.Null(LocalHostEnvironment.Resolve(NoArgs, Variables(("ASPNETCORE_ENVIRONMENT", "Production"), ("AZURE_FUNCTIONS_ENVIRONMENT", "Test"))));
    }

    [Fact]
    public void Resolve_FunctionsVariable_ItsValue()
    {
        Assert.Equal("Test", LocalHostEnvironment.Resolve(NoArgs, Variables(("AZURE_FUNCTIONS_ENVIRONMENT", "Test"))));
    }

    [Fact]
    public void Resolve_EmptyVariables_Development()
    {
        var variables = Variables(("ASPNETCORE_ENVIRONMENT", string.Empty), ("AZURE_FUNCTIONS_ENVIRONMENT", string.Empty));

        Assert.Equal("Development", LocalHostEnvironment.Resolve(NoArgs, variables));
    }

    // A fake environment: the real one belongs to the machine running the tests.
    private static Func<string, string?> Variables(params (string Name, string Value)[] set)
    {
        var values = set.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => values.GetValueOrDefault(name);
    }
}
