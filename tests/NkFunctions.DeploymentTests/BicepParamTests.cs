using System.Text.Json.Nodes;
using NkFunctions.DeploymentTests.Infrastructure;

namespace NkFunctions.DeploymentTests;

/// <summary>
/// infra/main.bicepparam turns azd's environment (`azd env set NAME value`) into template parameters: built here by the
/// same bicep CLI azd runs, with the environment azd would pass.
/// </summary>
public sealed class BicepParamTests
{
    [Fact]
    public async Task WithOnlyTheAzdVariables_EveryParameterIsTheTemplatesDefault()
    {
        // Defaults live twice (main.bicep and the file's fallbacks): they must not drift apart.
        var parameters = await BuildAsync([]);
        var template = await ArmTemplate.MainAsync();

        Assert.Equal("ci", (string?)parameters["environmentName"]!["value"]);
        Assert.Equal("swedencentral", (string?)parameters["location"]!["value"]);
        foreach (var (name, value) in parameters)
        {
            if (name is "environmentName" or "location")
            {
                continue;
            }

            Assert.True(
                JsonNode.DeepEquals(template.Parameter(name)["defaultValue"], value!["value"]),
                $"{name}: the parameters file gives {value!["value"]?.ToJsonString()}, main.bicep defaults to {template.Parameter(name)["defaultValue"]?.ToJsonString()}.");
        }
    }

    [Fact]
    public async Task EveryTemplateParameterWithoutADefault_IsGiven()
    {
        var parameters = await BuildAsync([]);
        var template = await ArmTemplate.MainAsync();

        foreach (var name in template.ParameterNames().Where(n => template.Parameter(n)["defaultValue"] is null))
        {
            Assert.True(parameters.ContainsKey(name), $"{name} has no default and no value.");
        }
    }

    [Fact]
    public async Task CommaSeparatedVariables_BecomeListsOfTrimmedOrigins()
    {
        var parameters = await BuildAsync(new()
        {
            ["NK_CORS_ALLOWED_ORIGINS"] = "https://front.example, https://www.front.example,",
            ["NK_EMBEDS_FRAME_ANCESTORS"] = "https://clinic.example",
            ["NK_ANALYTICS_DOMAINS"] = " nk.example ,www.nk-cells.example",
        });

        Assert.Equal(["https://front.example", "https://www.front.example"], Strings(parameters["corsAllowedOrigins"]!));
        Assert.Equal(["https://clinic.example"], Strings(parameters["embedsFrameAncestors"]!));
        Assert.Equal(["nk.example", "www.nk-cells.example"], Strings(parameters["analyticsDomains"]!));
    }

    [Fact]
    public async Task ScalarVariables_ReachTheirParameters()
    {
        var parameters = await BuildAsync(new()
        {
            ["NK_EMBEDS_SITE_URL"] = "https://nk.example",
            ["NK_EMBEDS_PUBLIC_API_ORIGIN"] = "https://api.nk.example",
            ["NK_ANALYTICS_SITE"] = "nk-prod",
            ["NK_MAXIMUM_INSTANCE_COUNT"] = "40",
            ["NK_HTTP_PER_INSTANCE_CONCURRENCY"] = "16",
            ["NK_INSTANCE_MEMORY_MB"] = "512",
            ["NK_LOG_RETENTION_DAYS"] = "90",
        });

        Assert.Equal("https://nk.example", (string?)parameters["embedsSiteUrl"]!["value"]);
        Assert.Equal("https://api.nk.example", (string?)parameters["embedsPublicApiOrigin"]!["value"]);
        Assert.Equal("nk-prod", (string?)parameters["analyticsSite"]!["value"]);
        Assert.Equal(40, (int)parameters["maximumInstanceCount"]!["value"]!);
        Assert.Equal(16, (int)parameters["httpPerInstanceConcurrency"]!["value"]!);
        Assert.Equal(512, (int)parameters["instanceMemoryMB"]!["value"]!);
        Assert.Equal(90, (int)parameters["logRetentionInDays"]!["value"]!);
    }

    [Fact]
    public async Task AnInstanceSizeFlexDoesNotOffer_FailsToBuild()
    {
        var run = await RunAsync(new() { ["NK_INSTANCE_MEMORY_MB"] = "1024" });

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("1024", StringComparison.Ordinal));
    }

    private static async Task<JsonObject> BuildAsync(Dictionary<string, string?> variables)
    {
        var run = await RunAsync(variables);
        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
        var parametersJson = (string)JsonNode.Parse(run.StandardOutput)!["parametersJson"]!;
        return JsonNode.Parse(parametersJson)!["parameters"]!.AsObject();
    }

    private static Task<BicepRun> RunAsync(Dictionary<string, string?> variables)
    {
        variables.TryAdd("AZURE_ENV_NAME", "ci");
        variables.TryAdd("AZURE_LOCATION", "swedencentral");
        return BicepCli.RunAsync(["build-params", RepositoryFiles.Path("infra/main.bicepparam"), "--stdout"], variables);
    }

    private static string[] Strings(JsonNode parameter) => parameter["value"]!.AsArray().Select(v => (string)v!).ToArray();
}
