using NkFunctions.DeploymentTests.Infrastructure;

namespace NkFunctions.DeploymentTests;

/// <summary>The storage account: host storage and analytics tables, reachable only over TLS 1.2+ and only with Entra tokens.</summary>
public sealed class StorageTemplateTests
{
    [Fact]
    public async Task StorageAccount_RefusesSharedKeys_PublicBlobs_AndPlainHttp()
    {
        var (_, storage) = (await ArmTemplate.MainAsync()).Single("Microsoft.Storage/storageAccounts");
        var properties = storage["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public async Task DeploymentPackageContainer_IsPrivate_AndIsTheOneTheFunctionAppDeploysFrom()
    {
        var template = await ArmTemplate.MainAsync();
        var (_, container) = template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var (_, site) = template.Single("Microsoft.Web/sites");

        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
        var containerName = ArmExpression.Arguments((string)container["name"]!, "format")[^1];
        var packageUrl = (string)site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["value"]!;
        Assert.EndsWith($", {containerName})]", packageUrl, StringComparison.Ordinal);
        Assert.Contains(".primaryEndpoints.blob", packageUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_ReadsNoStorageKeyAnywhere()
    {
        var template = await ArmTemplate.MainAsync();

        Assert.DoesNotContain("listKeys", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listAccountSas", template.Text, StringComparison.OrdinalIgnoreCase);
    }
}
