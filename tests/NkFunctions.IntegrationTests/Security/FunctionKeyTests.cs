using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.LocalHost.Invocation;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// The stats endpoints behind the function key: 401 problem+json without it, with a wrong one or one that is nearly
/// right (the comparison is constant-time, see FunctionKeyCheck); the key is never echoed in an answer and never
/// written to the log, right or wrong, in the header or in <c>?code=</c>. Logging runs at Trace for the app and the local
/// host (ASP.NET Core's own categories stay at their configured Warning: at Information, Kestrel's request line would
/// show a <c>?code=</c> key, which is why keys belong in the header).
/// </summary>
public sealed class FunctionKeyTests : IAsyncLifetime
{
    private const string Wrong = "wrong-key-7f3e-c0ffee";
    private static readonly string[] Endpoints = ["summary", "timeseries", "sections?article=nk-cells-in-pregnancy", "breakdown?by=referrer"];

    private readonly CapturingLogger _logs = new();
    private LocalHostServer? _server;

    private LocalHostServer Server => _server!;

    public static TheoryData<string?> RefusedKeys =>
    [
        null,
        Wrong,
        LocalHostServer.FunctionKey[..^1],
        LocalHostServer.FunctionKey + "x",
        LocalHostServer.FunctionKey.ToUpperInvariant(),
        "x" + LocalHostServer.FunctionKey[1..],
        string.Empty,
    ];

    public async Task InitializeAsync()
    {
        _server = await LocalHostServer.StartAsync(null, "--Logging:LogLevel:Default=Trace", "--Logging:LogLevel:NkFunctions=Trace");
        _server.Services.GetRequiredService<ILoggerFactory>().AddProvider(new LogSink(_logs)); // disposed by the factory
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Theory]
    [MemberData(nameof(RefusedKeys))]
    public async Task WrongOrMissingKey_401_KeyNeitherEchoedNorLogged(string? key)
    {
        foreach (var endpoint in Endpoints)
        {
            foreach (var inQuery in new[] { false, true })
            {
                using var response = await SendAsync(endpoint, key, inQuery);
                var body = await response.Content.ReadAsStringAsync();

                // The Functions host's answer: 401 with no body (FunctionInvocationMiddleware's UnauthorizedResult).
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Empty(body);
                if (!string.IsNullOrEmpty(key))
                {
                    Assert.DoesNotContain(key, body + response.Headers, StringComparison.Ordinal);
                }
            }
        }

        AssertKeysNeverLogged();
    }

    [Fact]
    public async Task RightKey_HeaderOrCode_Answered_KeyNeitherEchoedNorLogged()
    {
        foreach (var endpoint in Endpoints)
        {
            foreach (var inQuery in new[] { false, true })
            {
                using var response = await SendAsync(endpoint, LocalHostServer.FunctionKey, inQuery);
                var body = await response.Content.ReadAsStringAsync();

                // No Azurite behind this host: past the key, the answer is the storage's 503, which is the point.
                Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.DoesNotContain(LocalHostServer.FunctionKey, body + response.Headers + response.Content.Headers, StringComparison.Ordinal);
            }
        }

        Assert.NotEmpty(_logs.Entries); // the capture works: the 503s were logged
        AssertKeysNeverLogged();
    }

    private Task<HttpResponseMessage> SendAsync(string endpoint, string? key, bool inQuery)
    {
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var path = "/api/stats/" + endpoint + (inQuery && key is not null ? separator + "code=" + Uri.EscapeDataString(key) : string.Empty);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (!inQuery && key is not null)
        {
            request.Headers.TryAddWithoutValidation("x-functions-key", key);
        }

        return Server.Client.SendAsync(request);
    }

    private void AssertKeysNeverLogged()
    {
        foreach (var entry in _logs.Entries)
        {
            var text = entry.Message + entry.Exception;
            Assert.DoesNotContain(LocalHostServer.FunctionKey, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Wrong, text, StringComparison.Ordinal);
        }
    }

    private sealed class LogSink(CapturingLogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
