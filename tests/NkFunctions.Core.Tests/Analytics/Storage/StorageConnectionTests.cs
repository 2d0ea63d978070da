using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Storage;

namespace NkFunctions.Core.Tests.Analytics.Storage;

/// <summary>
/// The storage setting read the Functions way: a connection string locally, identity-based settings in Azure (the
/// names infra/main.bicep sets), and a start-up error naming the setting for anything else.
/// </summary>
public sealed class StorageConnectionTests
{
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "devstoreaccount1")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=nkdata;AccountKey=" + AzuriteKey + ";EndpointSuffix=core.windows.net", "nkdata")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteKey + ";TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;", "devstoreaccount1")]
    public void Read_ConnectionString_KeyBasedWithItsAccount(string connectionString, string account)
    {
        var connection = StorageConnection.Read(Configuration(("AzureWebJobsStorage", connectionString)));

        Assert.Equal(StorageAuthentication.ConnectionString, connection.Authentication);
        Assert.Equal(account, connection.AccountName);
        Assert.Null(connection.TableEndpoint);
    }

    [Fact]
    public void Read_AccountName_IdentityAgainstThePublicTableEndpoint()
    {
        var connection = StorageConnection.Read(Configuration(
            ("AzureWebJobsStorage:accountName", "nkprod7x2"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "6c1f2f43-5d2e-4f57-9b1e-0b7f1d3c2a10")));

        Assert.Equal(StorageAuthentication.Identity, connection.Authentication);
        Assert.Equal("nkprod7x2", connection.AccountName);
        Assert.Equal(new Uri("https://nkprod7x2.table.core.windows.net/"), connection.TableEndpoint);
    }

    [Theory]
    [InlineData("https://nkgov.table.core.usgovcloudapi.net/", "nkgov")]
    [InlineData("https://127.0.0.1:10002/devstoreaccount1", "devstoreaccount1")]
    public void Read_TableServiceUri_IdentityAgainstThatEndpoint(string uri, string account)
    {
        var connection = StorageConnection.Read(Configuration(("AzureWebJobsStorage:tableServiceUri", uri)));

        Assert.Equal(StorageAuthentication.Identity, connection.Authentication);
        Assert.Equal(account, connection.AccountName);
        Assert.Equal(new Uri(uri), connection.TableEndpoint);
    }

    [Fact]
    public void Read_ConnectionStringAndIdentitySettings_ConnectionStringWins()
    {
        // The Functions host gives the plain value precedence too: a developer's local.settings.json can override Azure's.
        var connection = StorageConnection.Read(Configuration(("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("AzureWebJobsStorage:accountName", "nkprod7x2")));

        Assert.Equal(StorageAuthentication.ConnectionString, connection.Authentication);
    }

    [Theory]
    [InlineData(null, null, "AzureWebJobsStorage__accountName")]
    [InlineData("Nk_Prod", null, "3 to 24 lowercase letters and digits")]
    [InlineData("ab", null, "3 to 24 lowercase letters and digits")]
    [InlineData(null, "http://nkprod.table.core.windows.net/", "absolute https URL")]
    [InlineData(null, "nkprod.table.core.windows.net", "absolute https URL")]
    public void Read_MissingOrMalformed_FailsNamingTheSetting(string? accountName, string? tableServiceUri, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => StorageConnection.Read(Configuration(
            ("AzureWebJobsStorage:accountName", accountName),
            ("AzureWebJobsStorage:tableServiceUri", tableServiceUri))));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AccountName_ClientForThatAccountsTableEndpoint()
    {
        var client = StorageClients.Create(
            Configuration(("AzureWebJobsStorage:accountName", "nkprod7x2"), ("AzureWebJobsStorage:credential", "managedidentity")),
            ComponentFactory(),
            TimeSpan.FromSeconds(5),
            maxRetries: 1);

        Assert.Equal("nkprod7x2", client.AccountName);
        Assert.Equal(new Uri("https://nkprod7x2.table.core.windows.net/"), client.Uri);
    }

    [Fact]
    public void Create_ConnectionString_ClientForTheConnectionStringsEndpoint()
    {
        var client = StorageClients.Create(
            Configuration(("AzureWebJobsStorage", $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteKey};TableEndpoint=http://127.0.0.1:10999/devstoreaccount1;")),
            ComponentFactory(),
            TimeSpan.FromSeconds(5),
            maxRetries: 1);

        Assert.Equal("devstoreaccount1", client.AccountName);
        Assert.Equal(10999, client.Uri.Port);
    }

    [Fact]
    public void Credential_BicepSettings_UserAssignedManagedIdentity()
    {
        // The settings infra/main.bicep writes must select the app's user-assigned identity, not a developer login.
        var section = Configuration(
            ("AzureWebJobsStorage:accountName", "nkprod7x2"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "6c1f2f43-5d2e-4f57-9b1e-0b7f1d3c2a10")).GetSection("AzureWebJobsStorage");

        Assert.IsType<ManagedIdentityCredential>(ComponentFactory().CreateTokenCredential(section));
    }

    [Fact]
    public void Credential_AccountNameAlone_DeveloperCredentialChain()
    {
        // Without credential settings (a developer pointing the local host at a real account), az login and friends work.
        var section = Configuration(("AzureWebJobsStorage:accountName", "nkprod7x2")).GetSection("AzureWebJobsStorage");

        Assert.IsType<DefaultAzureCredential>(ComponentFactory().CreateTokenCredential(section));
    }

    private static IConfigurationRoot Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    private static AzureComponentFactory ComponentFactory()
    {
        var services = new ServiceCollection();
        services.AddAzureClientsCore();
        return services.BuildServiceProvider().GetRequiredService<AzureComponentFactory>();
    }
}
