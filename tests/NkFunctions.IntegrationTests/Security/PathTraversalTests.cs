using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// Slugs, section ids and asset names are looked up in what was loaded (articles rendered at start-up, assets embedded
/// in the assembly), never joined into a file path, and the demo reader's files come from a provider that refuses to
/// leave its folder. Sent raw (no client-side normalization), every traversal attempt is a 4xx that holds none of the
/// files it aims at.
/// </summary>
public sealed class PathTraversalTests : IAsyncLifetime
{
    // Text that appears in the targets and nowhere in the API's own answers.
    private static readonly string[] Secrets = ["Microsoft Visual Studio Solution File", "\"routePrefix\"", "root:x:0:0", "This program cannot be run in DOS mode", "AzureWebJobsStorage"];

    private LocalHostServer? _server;

    private LocalHostServer Server => _server!;

    public static TheoryData<string> Attempts =>
    [
        "/api/articles/..%2F..%2Fhost.json",
        "/api/articles/%2e%2e%2f%2e%2e%2fhost.json",
        "/api/articles/..%5C..%5Chost.json",
        "/api/articles/nk-cells-in-pregnancy/sections/..%2F..%2F..%2Fhost.json",
        "/api/articles/nk-cells-in-pregnancy/sections/%2e%2e%2f%2e%2e%2f%2e%2e%2fNkFunctions.sln",
        "/api/articles/....%2F%2F....%2F%2Fetc%2Fpasswd",
        "/api/articles/%2Fetc%2Fpasswd",
        "/api/dashboard/..%2Fdashboard.html",
        "/api/dashboard/..%2F..%2Fhost.json",
        "/api/dashboard/%2e%2e%2f%2e%2e%2fNkFunctions.LocalHost.dll",
        "/api/dashboard/%2Fetc%2Fpasswd",
        "/api/../host.json",
        "/api/%2e%2e/%2e%2e/NkFunctions.sln",
        "/reader/..%2F..%2FNkFunctions.sln",
        "/reader/%2e%2e/%2e%2e/NkFunctions.sln",
        "/reader/../../NkFunctions.sln",
        "/reader/..%5C..%5CNkFunctions.sln",
        "/reader/%2Fetc%2Fpasswd",
        "/content/articles/nk-cells-in-pregnancy.md",
        "/host.json",
        "/local.settings.json",
    ];

    public async Task InitializeAsync() =>
        _server = await LocalHostServer.StartAsync(null, $"--Reader:Root={Path.Combine(RepoPaths.Root, "samples", "reader")}");

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task Traversal_4xx_NothingOfTheTarget(string path)
    {
        var (status, response) = await RawHttp.SendAsync(Server.BaseAddress, $"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close");

        Assert.InRange(status, 400, 499);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, response, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reader_OwnFilesStillServed()
    {
        var (status, response) = await RawHttp.SendAsync(Server.BaseAddress, "GET /reader/reader.js HTTP/1.1\r\nHost: localhost\r\nConnection: close");

        Assert.Equal(200, status);
        Assert.Contains("apiBase", response, StringComparison.Ordinal);
    }
}
