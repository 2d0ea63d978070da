using System.Net;
using System.Text;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// Size limits: beacon bodies refused with 413 before they are read in full (even when the body never ends or its
/// Content-Length lies), query strings and headers over the app's limits refused with 414/431 problem+json, and what
/// is past the server's own transport limits refused by Kestrel before any app code runs.
/// </summary>
public sealed class RequestLimitTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task ChunkedBodyThatNeverEnds_413AsSoonAsItPassesTheLimit()
    {
        // 20 KiB in one chunk and no final chunk: the server must answer without waiting for an end that never comes.
        var chunk = Encoding.ASCII.GetBytes("{\"article\":\"" + new string('a', 20 * 1024) + "\"");
        var body = Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n").Concat(chunk).Concat("\r\n"u8.ToArray()).ToArray();

        var (status, response) = await RawHttp.SendAsync(
            host.Server.BaseAddress,
            "POST /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked",
            body,
            endBody: false);

        Assert.Equal(413, status);
        Assert.Contains("\"code\":\"body-too-large\"", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentLengthOverTheLimit_413WithoutReadingABodyThatIsNotThere()
    {
        var (status, response) = await RawHttp.SendAsync(
            host.Server.BaseAddress,
            "POST /api/event HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000000000",
            "{}"u8.ToArray(),
            endBody: false);

        Assert.Equal(413, status);
        Assert.Contains("application/problem+json", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles?q=")] // + 3,000 characters
    [InlineData("/api/stats/summary?article=")]
    public async Task QueryOverTheLimit_414Problem(string prefix)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(prefix + new string('x', 3000), UriKind.Relative));
        request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);

        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.RequestUriTooLong, "query-too-long");
    }

    [Fact]
    public async Task TooManyQueryParameters_414Problem()
    {
        var query = string.Join('&', Enumerable.Range(0, 40).Select(i => $"p{i}=1"));

        using var response = await host.Client.GetAsync(new Uri("/api/articles/nk-cells-in-pregnancy?" + query, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.RequestUriTooLong, "query-too-long");
    }

    [Fact]
    public async Task HeadersOverTheLimit_431Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/articles", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-Padding", new string('h', 20 * 1024));

        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers-too-large");
    }

    [Fact]
    public async Task BeaconOverTheLimit_RefusedBeforeStorage_EvenWithStorageDown()
    {
        // This host has no Azurite at all: a 413 proves the refusal came before any storage call.
        using var response = await host.Client.SendAsync(Beacons.Post("{\"article\":\"" + new string('a', 17 * 1024) + "\"}"));

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "body-too-large");
    }

    [Theory]
    [InlineData("GET /api/articles?q=", 10_000, 414)] // request line past Kestrel's default 8 KiB, as under the Functions host
    [InlineData("GET /api/articles/%00", 0, 400)] // a NUL in the path
    public async Task PastTheTransportLimits_KestrelRefusesBeforeTheApp(string start, int padding, int expected)
    {
        var (status, response) = await RawHttp.SendAsync(host.Server.BaseAddress, start + new string('x', padding) + " HTTP/1.1\r\nHost: localhost");

        // Kestrel's own answer: no app code ran, so no problem document (documented in SECURITY.md).
        Assert.Equal(expected, status);
        Assert.DoesNotContain("problem+json", response, StringComparison.Ordinal);
    }
}
