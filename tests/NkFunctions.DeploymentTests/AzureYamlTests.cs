using NkFunctions.DeploymentTests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace NkFunctions.DeploymentTests;

/// <summary>azure.yaml: what `azd up` provisions and which project it publishes to which Azure host.</summary>
public sealed class AzureYamlTests
{
    [Fact]
    public void ApiService_IsTheFunctionsProject_PublishedToAFunctionApp()
    {
        var api = Root()["services"]["api"];

        Assert.Equal("./src/NkFunctions", Scalar(api["project"]));
        Assert.Equal("dotnet", Scalar(api["language"]));
        Assert.Equal("function", Scalar(api["host"]));
        Assert.True(File.Exists(RepositoryFiles.Path(Scalar(api["project"]).TrimStart('.', '/') + "/NkFunctions.csproj")));
    }

    [Fact]
    public void Infra_IsTheBicepModuleTheTestsCompile()
    {
        var root = Root();
        var infra = root["infra"];

        Assert.Equal("nkfunctions", Scalar(root["name"]));
        Assert.Equal("bicep", Scalar(infra["provider"]));
        Assert.True(File.Exists(RepositoryFiles.Path($"{Scalar(infra["path"])}/{Scalar(infra["module"])}.bicep")));
        Assert.True(File.Exists(RepositoryFiles.Path($"{Scalar(infra["path"])}/{Scalar(infra["module"])}.bicepparam")));
    }

    [Fact]
    public void ApiServiceName_IsTheTagTheFunctionAppCarries()
    {
        var services = (YamlMappingNode)Root()["services"];

        var service = Assert.Single(services.Children);
        Assert.Equal("api", Scalar(service.Key));
        Assert.Contains("'azd-service-name': 'api'", File.ReadAllText(RepositoryFiles.Path("infra/main.bicep")), StringComparison.Ordinal);
    }

    [Fact]
    public void PostDeployHook_RunsTheSmokeCheck()
    {
        // The smoke script itself is run against a live host by the integration tests (SmokeScriptTests).
        var hook = Root()["hooks"]["postdeploy"];
        var script = Scalar(hook["run"]);

        Assert.Equal("sh", Scalar(hook["shell"]));
        Assert.Equal("./scripts/smoke.sh", script);
        Assert.True(File.Exists(RepositoryFiles.Path(script.TrimStart('.', '/'))));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(RepositoryFiles.Path(script.TrimStart('.', '/'))) & UnixFileMode.UserExecute) != 0, "azd runs the hook as a program: the script must be executable.");
        }
    }

    private static YamlNode Root()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryFiles.Path("azure.yaml"));
        stream.Load(reader);
        return stream.Documents.Single().RootNode;
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;
}
