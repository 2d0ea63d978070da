namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>One local host shared by the read-only tests of a class (xunit class fixture).</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private LocalHostServer? _server;

    public LocalHostServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() => _server = await LocalHostServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
