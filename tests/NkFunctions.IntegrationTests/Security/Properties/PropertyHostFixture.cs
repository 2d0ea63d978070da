using NkFunctions.IntegrationTests.Analytics;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>
/// One local host with its own Azurite shared by a test class (the endpoint property tests, the injection tests), and
/// a client with enough connections to keep both cores busy (each request is well under a millisecond of work).
/// </summary>
public sealed class PropertyHostFixture : IAsyncLifetime
{
    private BeaconHost? _host;

    internal BeaconHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 32, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task InitializeAsync() => _host = await BeaconHost.StartAsync();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
