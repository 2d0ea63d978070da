using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>
/// The identity-based path the app takes in Azure, against a real Table service that checks bearer tokens: Azurite
/// over HTTPS with <c>--oauth basic</c>. The client is built by the production code from the same settings the Bicep
/// writes (<c>AzureWebJobsStorage__tableServiceUri|accountName</c>, <c>__credential</c>, <c>__clientId</c>); the test
/// only swaps the managed identity for a token issuer and trusts the throwaway certificate.
/// </summary>
public sealed class StorageIdentityTests : IAsyncLifetime
{
    private const string ClientId = "6c1f2f43-5d2e-4f57-9b1e-0b7f1d3c2a10";

    private readonly LoopbackCertificate _certificate = LoopbackCertificate.Create();
    private AzuriteServer? _azurite;

    private AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Not started.");

    private string Endpoint => $"https://127.0.0.1:{Azurite.Port}/devstoreaccount1";

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartWithOAuthAsync(_certificate.CertificatePemPath, _certificate.KeyPemPath);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        _certificate.Dispose();
    }

    [Fact]
    public async Task IdentitySettings_WriteAndReadWithABearerTokenForStorage()
    {
        var credential = new FakeEntraCredential();
        var factory = new TokenIssuingFactory(credential, _certificate);

        var client = StorageClients.Create(IdentitySettings(), factory, TimeSpan.FromSeconds(10), maxRetries: 0);
        var table = client.GetTableClient("identitycheck");
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Value"] = 42 });
        var stored = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal(42, stored.Value.GetInt32("Value"));
        Assert.Contains("https://storage.azure.com/.default", credential.RequestedScopes);
        Assert.Equal(("managedidentity", ClientId), factory.CredentialSettings.Single());
    }

    [Fact]
    public async Task IdentityAndConnectionString_SameAccountSameRows()
    {
        var identity = StorageClients.Create(IdentitySettings(), new TokenIssuingFactory(new FakeEntraCredential(), _certificate), TimeSpan.FromSeconds(10), maxRetries: 0);
        var table = identity.GetTableClient("sharedcheck");
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "written-with-a-token"));

        var keyed = StorageClients.Create(
            Settings(("AzureWebJobsStorage", $"DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey={AzuriteServer.AccountKey};TableEndpoint={Endpoint};")),
            new TokenIssuingFactory(new FakeEntraCredential(), _certificate),
            TimeSpan.FromSeconds(10),
            maxRetries: 0);
        var rows = await keyed.GetTableClient("sharedcheck").QueryAsync<TableEntity>().ToListAsync();

        Assert.Equal("written-with-a-token", Assert.Single(rows).RowKey);
    }

    [Fact]
    public async Task TokenForAnotherResource_Refused()
    {
        // Proves the service really checks the token, so the successes above are not an emulator letting anything in.
        var client = StorageClients.Create(IdentitySettings(), new TokenIssuingFactory(new FakeEntraCredential("https://vault.azure.net"), _certificate), TimeSpan.FromSeconds(10), maxRetries: 0);

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetTableClient("refusedcheck").CreateIfNotExistsAsync());

        Assert.Equal(403, refused.Status);
    }

    private IConfigurationRoot IdentitySettings() => Settings(
        ("AzureWebJobsStorage:tableServiceUri", Endpoint),
        ("AzureWebJobsStorage:credential", "managedidentity"),
        ("AzureWebJobsStorage:clientId", ClientId));

    private static IConfigurationRoot Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    /// <summary>
    /// The real component factory, except that the token comes from <see cref="FakeEntraCredential"/> (there is no
    /// managed identity endpoint here) and the transport trusts the test's certificate.
    /// </summary>
    private sealed class TokenIssuingFactory(TokenCredential credential, LoopbackCertificate certificate) : AzureComponentFactory
    {
        private readonly AzureComponentFactory _real = RealFactory();

        public List<(string? Credential, string? ClientId)> CredentialSettings { get; } = [];

        public override TokenCredential CreateTokenCredential(IConfiguration configuration)
        {
            CredentialSettings.Add((configuration["credential"], configuration["clientId"]));
            return credential;
        }

        public override object CreateClientOptions(Type optionsType, object? serviceVersion, IConfiguration configuration)
        {
            var options = (ClientOptions)_real.CreateClientOptions(optionsType, serviceVersion, configuration);
            options.Transport = new HttpClientTransport(certificate.TrustingHandler());
            return options;
        }

        public override object CreateClient(Type clientType, IConfiguration configuration, TokenCredential? credential, object clientOptions) =>
            _real.CreateClient(clientType, configuration, credential, clientOptions);

        private static AzureComponentFactory RealFactory()
        {
            var services = new ServiceCollection();
            services.AddAzureClientsCore();
            return services.BuildServiceProvider().GetRequiredService<AzureComponentFactory>();
        }
    }
}
