using NkFunctions.DeploymentTests.Infrastructure;

namespace NkFunctions.DeploymentTests;

/// <summary>
/// The app settings, under the exact names the app and the Functions host read: identity-based storage, Entra-only
/// telemetry, and the CORS and embed parameters as .NET configuration lists (Name__0, Name__1, ...).
/// </summary>
public sealed class AppSettingsTemplateTests
{
    // Besides these, only the list settings Cors__AllowedOrigins__N, Embeds__FrameAncestors__N and Analytics__Domains__N.
    private static readonly string[] FixedSettings =
    [
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "APPLICATIONINSIGHTS_CONNECTION_STRING", "Analytics__Site",
        "AzureWebJobsDisableHomepage", "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__clientId",
        "AzureWebJobsStorage__credential", "Embeds__PublicApiOrigin", "Embeds__SiteUrl",
    ];

    [Fact]
    public async Task HostStorage_IsIdentityBased_NeverAConnectionString()
    {
        var (template, settings) = await SettingsAsync();
        var (identityName, _) = template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var (_, storage) = template.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(ArmTemplate.Inner(storage["name"]), settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("'managedidentity'", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal($"reference('{identityName}').clientId", settings["AzureWebJobsStorage__clientId"]);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain(settings.Values, v => v.Contains("DefaultEndpointsProtocol", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Telemetry_GoesToTheWorkspaceBackedApplicationInsights_WithEntraAuthAsTheIdentity()
    {
        var (template, settings) = await SettingsAsync();
        var (identityName, _) = template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var (insightsName, _) = template.Single("Microsoft.Insights/components");

        Assert.Equal($"reference('{insightsName}').ConnectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal(
            $"format('Authorization=AAD;ClientId={{0}}', reference('{identityName}').clientId)",
            settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public async Task Settings_ForbiddenOnFlexConsumption_AreAbsent()
    {
        var (template, settings) = await SettingsAsync();

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", settings.Keys);
    }

    [Fact]
    public async Task AppSettings_AreExactlyTheDocumentedOnes()
    {
        var (_, settings) = await SettingsAsync();

        Assert.Equal(FixedSettings, settings.Keys.Order(StringComparer.Ordinal));
        var documented = await File.ReadAllTextAsync(RepositoryFiles.Path("docs/deploy-azure.md"));
        foreach (var name in settings.Keys.Append("Cors__AllowedOrigins__").Append("Embeds__FrameAncestors__").Append("Analytics__Domains__"))
        {
            Assert.Contains($"`{name}", documented, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EmbedAndAnalyticsParameters_FlowIntoTheirSettings()
    {
        var (_, settings) = await SettingsAsync();

        Assert.Equal("parameters('analyticsSite')", settings["Analytics__Site"]);
        Assert.Equal("parameters('embedsSiteUrl')", settings["Embeds__SiteUrl"]);
        // Empty means the app's own https origin: the worker may not see the public host (azure-functions-host#10253).
        Assert.Equal(
            "if(empty(parameters('embedsPublicApiOrigin')), format('https://{0}', reference('functionApp').defaultHostName), parameters('embedsPublicApiOrigin'))",
            settings["Embeds__PublicApiOrigin"]);
    }

    [Theory]
    [InlineData("Cors__AllowedOrigins", "corsAllowedOrigins")]
    [InlineData("Embeds__FrameAncestors", "embedsFrameAncestors")]
    [InlineData("Analytics__Domains", "analyticsDomains")]
    public async Task ListParameter_BecomesIndexedSettings(string setting, string parameter)
    {
        var (template, _) = await SettingsAsync();
        var expression = SettingsExpression(template);

        var union = ArmExpression.Arguments(expression, "union");
        Assert.Contains($"__bicep.indexedSettings('{setting}', parameters('{parameter}'))", union);
        Assert.Equal("array", (string?)template.Parameter(parameter)["type"]);
        Assert.Empty(template.Parameter(parameter)["defaultValue"]!.AsArray());
        var indexed = template.UserFunction("indexedSettings");
        Assert.Contains("format('{0}__{1}', parameters('prefix'), lambdaVariables('i'))", indexed, StringComparison.Ordinal);
        Assert.Contains("parameters('values')[lambdaVariables('i')]", indexed, StringComparison.Ordinal);
    }

    private static async Task<(ArmTemplate Template, IReadOnlyDictionary<string, string> Settings)> SettingsAsync()
    {
        var template = await ArmTemplate.MainAsync();
        return (template, ArmExpression.CreateObjectPairs(SettingsExpression(template)));
    }

    private static string SettingsExpression(ArmTemplate template)
    {
        var (_, config) = Assert.Single(template.OfType("Microsoft.Web/sites/config"));
        Assert.EndsWith("'appsettings')]", (string?)config["name"], StringComparison.Ordinal);
        return (string)config["properties"]!;
    }
}
