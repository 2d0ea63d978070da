using NkFunctions.DeploymentTests.Infrastructure;

namespace NkFunctions.DeploymentTests;

/// <summary>
/// The deployment compiles with the real bicep CLI, and its linter (rules in infra/bicepconfig.json, run by every
/// build) finds nothing: a warning fails as surely as an error.
/// </summary>
public sealed class BicepLintTests
{
    private static readonly Dictionary<string, string?> AzdEnvironment = new()
    {
        ["AZURE_ENV_NAME"] = "ci",
        ["AZURE_LOCATION"] = "swedencentral",
    };

    [Fact]
    public async Task MainBicep_Builds_WithoutAnyWarningOrError()
    {
        var run = await BicepCli.RunAsync(["build", RepositoryFiles.Path("infra/main.bicep"), "--stdout"]);

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
        Assert.Contains("\"Microsoft.Web/sites\"", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MainBicepparam_BuildsAgainstMainBicep_WithoutAnyWarningOrError()
    {
        var run = await BicepCli.RunAsync(["build-params", RepositoryFiles.Path("infra/main.bicepparam"), "--stdout"], AzdEnvironment);

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
    }

    [Fact]
    public async Task MainBicepparam_WithoutTheAzdEnvironment_FailsToBuild()
    {
        // azd always sets these two; a parameters file that built without them would deploy with made-up values.
        var run = await BicepCli.RunAsync(["build-params", RepositoryFiles.Path("infra/main.bicepparam"), "--stdout"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("AZURE_ENV_NAME", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("param unusedSetting string = 'x'", "no-unused-params")]
    [InlineData("var unusedValue = 1", "no-unused-vars")]
    [InlineData("output storageEndpoint string = 'https://x.blob.core.windows.net'", "no-hardcoded-env-urls")]
    [InlineData("resource oldPlan 'Microsoft.Web/serverfarms@2024-11-01' = {\n  name: 'old'\n  location: location\n}", "use-recent-api-versions")]
    public async Task Linter_OnACopyWithAFlaw_FailsTheBuild(string flaw, string rule)
    {
        // The rules must be in force for main.bicep: a copy beside a copy of its bicepconfig.json, plus one flaw.
        var folder = Directory.CreateTempSubdirectory("nk-bicep-");
        try
        {
            File.Copy(RepositoryFiles.Path("infra/bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            var copy = Path.Combine(folder.FullName, "main.bicep");
            await File.WriteAllTextAsync(copy, await File.ReadAllTextAsync(RepositoryFiles.Path("infra/main.bicep")) + "\n" + flaw + "\n");

            var run = await BicepCli.RunAsync(["build", copy, "--stdout"]);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains(run.Diagnostics, d => d.Contains($"Error {rule}:", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("infra/main.bicep")]
    [InlineData("infra/main.bicepparam")]
    public async Task InfraFile_IsFormattedAsBicepFormatWritesIt(string file)
    {
        var run = await BicepCli.RunAsync(["format", RepositoryFiles.Path(file), "--stdout"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(await File.ReadAllTextAsync(RepositoryFiles.Path(file)), run.StandardOutput);
    }
}
