using NkFunctions.DeploymentTests.Infrastructure;

namespace NkFunctions.DeploymentTests;

/// <summary>The app's user-assigned identity and the roles that replace every key.</summary>
public sealed class IdentityTemplateTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    [Fact]
    public async Task StorageRoles_AreTheThreeDataRoles_GrantedToTheIdentity_OnTheStorageAccount()
    {
        var template = await ArmTemplate.MainAsync();
        var (identityName, _) = template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var (_, storage) = template.Single("Microsoft.Storage/storageAccounts");
        var storageId = $"[resourceId('Microsoft.Storage/storageAccounts', {ArmTemplate.Inner(storage["name"])})]";

        var onStorage = template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => (string?)r.Body["scope"] == storageId)
            .ToList();
        var granted = onStorage.SelectMany(r => RoleIds(template, r.Body)).ToList();

        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor }.Order(),
            granted.Order());
        Assert.All(onStorage, r =>
        {
            Assert.Equal($"[reference('{identityName}').principalId]", (string?)r.Body["properties"]!["principalId"]);
            Assert.Equal("ServicePrincipal", (string?)r.Body["properties"]!["principalType"]);
        });
    }

    [Fact]
    public async Task ApplicationInsights_RefusesKeys_AndTheIdentityMayPublishToIt()
    {
        var template = await ArmTemplate.MainAsync();
        var (identityName, _) = template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var (_, insights) = template.Single("Microsoft.Insights/components");
        var insightsId = $"[resourceId('Microsoft.Insights/components', {ArmTemplate.Inner(insights["name"])})]";

        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)insights["properties"]!["WorkspaceResourceId"], StringComparison.Ordinal);
        var (_, assignment) = Assert.Single(template.OfType("Microsoft.Authorization/roleAssignments"), r => (string?)r.Body["scope"] == insightsId);
        Assert.Equal([MonitoringMetricsPublisher], RoleIds(template, assignment));
        Assert.Equal($"[reference('{identityName}').principalId]", (string?)assignment["properties"]!["principalId"]);
    }

    [Fact]
    public async Task FunctionApp_RunsAsTheUserAssignedIdentity_AndStartsOnlyOnceItsRolesExist()
    {
        var template = await ArmTemplate.MainAsync();
        var (identityName, identity) = template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var (_, site) = template.Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        var assigned = Assert.Single(site["identity"]!["userAssignedIdentities"]!.AsObject());
        Assert.Contains(ArmTemplate.Inner(identity["name"]), assigned.Key, StringComparison.Ordinal);
        var dependsOn = site["dependsOn"]!.AsArray().Select(d => (string?)d).ToList();
        Assert.Contains(identityName, dependsOn);
        foreach (var (name, _) in template.OfType("Microsoft.Authorization/roleAssignments"))
        {
            Assert.Contains(name, dependsOn);
        }
    }

    // The role definition ids a (possibly looped) role assignment grants, read from the template's variables.
    private static IEnumerable<string> RoleIds(ArmTemplate template, System.Text.Json.Nodes.JsonObject assignment)
    {
        var definition = (string)assignment["properties"]!["roleDefinitionId"]!;
        var roleId = ArmExpression.Arguments(definition, "subscriptionResourceId")[1];
        const string LoopedPrefix = "variables('";
        if (roleId.EndsWith("')[copyIndex()]", StringComparison.Ordinal))
        {
            var variable = roleId[LoopedPrefix.Length..roleId.IndexOf("')", StringComparison.Ordinal)];
            Assert.Equal($"[length(variables('{variable}'))]", (string?)assignment["copy"]!["count"]);
            return template.Variable(variable).AsArray().Select(v => (string)v!);
        }

        return roleId.StartsWith(LoopedPrefix, StringComparison.Ordinal)
            ? [(string)template.Variable(roleId[LoopedPrefix.Length..^2])!]
            : [roleId.Trim('\'')];
    }
}
