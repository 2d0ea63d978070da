using NkFunctions.IntegrationTests.Analytics;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>
/// One local host with its own Azurite shared by a test class (the endpoint property tests, the injection tests), and
/// a client with enough connections to keep both cores busy (each request is well under a millisecond of work).
/// </summary>
public sealed class PropertyHostFixture : IAsyncLifetime
{
    /// <summary>The public site the host is told it serves, so generated oEmbed URLs can name real articles.</summary>
    public const string SiteUrl = "https://nk.example";

    private BeaconHost? _host;

    internal BeaconHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 32, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>
    /// A shared link's token for the article, minted once the host is up, so generated shared reads get past the token
    /// check to the scope check and the reports.
    /// </summary>
    public static string SharedToken { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _host = await BeaconHost.StartAsync($"--Embeds:SiteUrl={SiteUrl}");
        SharedToken = (await Reports.SharedLinks.MintAsync(_host.Client, "property tests", HostileInputs.Slug)).Token;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
