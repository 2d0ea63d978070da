using System.Net.Sockets;
using System.Text;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>
/// A beacon whose body HTTP cannot read (chunked framing that is not chunked): a 400 problem naming the body, not a
/// 500. Found by sending the same request to the Functions host built from source and to the local host (both 500).
/// Raw TCP, since HttpClient only writes valid framing.
/// </summary>
public sealed class BeaconFramingTests : IAsyncLifetime
{
    private BeaconHost? _host;

    private BeaconHost Host => _host!;

    public async Task InitializeAsync() => _host = await BeaconHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Theory]
    [InlineData("/api/events", "application/json", """{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"pageview"}]}""")]
    [InlineData("/api/event", "text/plain", """{"n":"pageview","u":"https://site.example/articles/nk-cells-in-pregnancy","d":"nkfunctions"}""")]
    public async Task Post_ChunkedHeaderOverUnchunkedBody_400InvalidBody(string path, string contentType, string body)
    {
        var head = $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";

        var response = await SendRawAsync(Host.Client.BaseAddress!, Encoding.ASCII.GetBytes(head + body));

        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"code\":\"invalid-body\"", response, StringComparison.Ordinal);
        Assert.Empty(await Host.EventsAsync());
    }

    private static async Task<string> SendRawAsync(Uri baseAddress, byte[] request)
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port, timeout.Token);
        var stream = tcp.GetStream();
        // No half-close: Kestrel takes a client's end of input as the client gone, and answers nothing. Connection: close
        // makes the server end the connection after its answer instead.
        await stream.WriteAsync(request, timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
