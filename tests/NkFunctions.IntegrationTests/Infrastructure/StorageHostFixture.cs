namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>A local host with a real Azurite of its own, shared by a test class (for functions that touch storage).</summary>
public sealed class StorageHostFixture : IAsyncLifetime
{
    private AzuriteServer? _azurite;
    private LocalHostServer? _server;

    public LocalHostServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _server = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={_azurite.ConnectionString}");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
