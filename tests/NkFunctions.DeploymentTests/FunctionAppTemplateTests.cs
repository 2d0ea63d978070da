using System.Text.Json.Nodes;
using System.Xml.Linq;
using NkFunctions.DeploymentTests.Infrastructure;

namespace NkFunctions.DeploymentTests;

/// <summary>The function app: Flex Consumption, the project's .NET version, HTTPS and TLS 1.2 only, no platform CORS.</summary>
public sealed class FunctionAppTemplateTests
{
    [Fact]
    public async Task FunctionApp_AnswersOnlyHttps_WithTls12AtLeast_AndNoFtp()
    {
        var (_, site) = (await ArmTemplate.MainAsync()).Single("Microsoft.Web/sites");
        var properties = site["properties"]!;

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)properties["siteConfig"]!["ftpsState"]);
    }

    [Fact]
    public async Task FunctionApp_RunsOnAFlexConsumptionPlan_OnLinux()
    {
        var template = await ArmTemplate.MainAsync();
        var (planName, plan) = template.Single("Microsoft.Web/serverfarms");
        var (_, site) = template.Single("Microsoft.Web/sites");

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal($"[resourceId('Microsoft.Web/serverfarms', {ArmTemplate.Inner(plan["name"])})]", (string?)site["properties"]!["serverFarmId"]);
        Assert.Contains(planName, site["dependsOn"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task FlexRuntime_IsDotnetIsolated_OnTheTargetFrameworkOfDirectoryBuildProps()
    {
        // A framework bump without an infra bump would deploy the app onto a runtime that cannot start it.
        var targetFramework = XDocument.Load(RepositoryFiles.Path("Directory.Build.props"))
            .Descendants("TargetFramework").Single().Value;
        Assert.StartsWith("net", targetFramework, StringComparison.Ordinal);
        var template = await ArmTemplate.MainAsync();
        var (_, site) = template.Single("Microsoft.Web/sites");
        var runtime = site["properties"]!["functionAppConfig"]!["runtime"]!;

        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("[parameters('dotnetVersion')]", (string?)runtime["version"]);
        Assert.Equal(targetFramework["net".Length..], (string?)template.Parameter("dotnetVersion")["defaultValue"]);
    }

    [Fact]
    public async Task FlexScale_ComesFromParameters_WithTwoGigabyteInstancesByDefault()
    {
        var template = await ArmTemplate.MainAsync();
        var (_, site) = template.Single("Microsoft.Web/sites");
        var scale = site["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;

        Assert.Equal("[parameters('maximumInstanceCount')]", (string?)scale["maximumInstanceCount"]);
        Assert.Equal("[parameters('instanceMemoryMB')]", (string?)scale["instanceMemoryMB"]);
        Assert.Equal(2048, (int)template.Parameter("instanceMemoryMB")["defaultValue"]!);
    }

    [Fact]
    public async Task FlexHttpConcurrency_ComesFromAParameter_EqualToTheHostsOwnLimit()
    {
        // Flex scales out on this figure; the host runs at most maxConcurrentRequests at once. Different values
        // would either queue requests on an instance Flex thinks has room, or add instances that are not needed.
        var template = await ArmTemplate.MainAsync();
        var (_, site) = template.Single("Microsoft.Web/sites");
        var http = site["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!["triggers"]!["http"]!;

        Assert.Equal("[parameters('httpPerInstanceConcurrency')]", (string?)http["perInstanceConcurrency"]);
        var hostJson = JsonNode.Parse(
            await File.ReadAllTextAsync(RepositoryFiles.Path("host.json")),
            documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (hostJson?["extensions"]?["http"]?["maxConcurrentRequests"] is { } hostLimit)
        {
            Assert.Equal((int)hostLimit, (int)template.Parameter("httpPerInstanceConcurrency")["defaultValue"]!);
        }
    }

    [Fact]
    public async Task DeploymentPackage_IsFetchedAsTheUserAssignedIdentity()
    {
        var template = await ArmTemplate.MainAsync();
        var (_, identity) = template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var (_, site) = template.Single("Microsoft.Web/sites");
        var authentication = site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["authentication"]!;

        Assert.Equal("UserAssignedIdentity", (string?)authentication["type"]);
        Assert.Equal(
            $"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', {ArmTemplate.Inner(identity["name"])})]",
            (string?)authentication["userAssignedIdentityResourceId"]);
    }

    [Fact]
    public async Task PlatformCors_IsNotConfigured_SoTheAppAnswersCorsItself()
    {
        var template = await ArmTemplate.MainAsync();
        var (_, site) = template.Single("Microsoft.Web/sites");

        Assert.Null(site["properties"]!["siteConfig"]!["cors"]);
        Assert.DoesNotContain(
            template.OfType("Microsoft.Web/sites/config"),
            c => ((string?)c.Body["name"])!.Contains("'web'", StringComparison.Ordinal) || c.Body["properties"] is JsonObject { } p && p["cors"] is not null);
    }

    [Fact]
    public async Task BasicPublishingCredentials_AreOffForFtpAndScm()
    {
        var policies = (await ArmTemplate.MainAsync()).OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p.Body["properties"]!["allow"]!));
        Assert.Contains(policies, p => ((string?)p.Body["name"])!.Contains("'ftp'", StringComparison.Ordinal));
        Assert.Contains(policies, p => ((string?)p.Body["name"])!.Contains("'scm'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FunctionApp_IsTheAzdServiceApi_AndOutputsWhatAzdReads()
    {
        var template = await ArmTemplate.MainAsync();
        var (_, site) = template.Single("Microsoft.Web/sites");

        Assert.Contains("createObject('azd-service-name', 'api')", (string?)site["tags"], StringComparison.Ordinal);
        var outputs = template.Outputs();
        foreach (var name in new[] { "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "SERVICE_API_NAME", "SERVICE_API_URI" })
        {
            Assert.True(outputs.ContainsKey(name), $"Output {name} is missing.");
        }

        Assert.Equal("[format('https://{0}', reference('functionApp').defaultHostName)]", (string?)outputs["SERVICE_API_URI"]!["value"]);
    }
}
