using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Telemetry;

/// <summary>
/// A stand-in for Application Insights' ingestion endpoint: accepts what the Azure Monitor exporter posts to
/// <c>/v2.1/track</c> (gzip'd, newline-delimited JSON envelopes), keeps every raw payload, and says all were accepted.
/// </summary>
internal sealed class FakeIngestion : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<string> _payloads = new();
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly Task _loop;

    public FakeIngestion()
    {
        Port = LoopbackPorts.Free();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>A connection string that sends the exporter here.</summary>
    public string ConnectionString => $"InstrumentationKey={Guid.NewGuid()};IngestionEndpoint=http://127.0.0.1:{Port}/";

    /// <summary>Every payload received, decompressed, as sent.</summary>
    public IReadOnlyList<string> Payloads => [.. _payloads];

    /// <summary>The paths posted to.</summary>
    public IReadOnlyList<string> Paths => [.. _paths];

    /// <summary>Every envelope of every payload.</summary>
    public IReadOnlyList<JsonElement> Envelopes() =>
        [.. Payloads.SelectMany(p => p.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private Task ServeAsync() => ListenerLoop.RunAsync(_listener, async context =>
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        body.Position = 0;
        var gzip = string.Equals(context.Request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase);
        using var reader = new StreamReader(gzip ? new GZipStream(body, CompressionMode.Decompress) : body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        _payloads.Enqueue(text);
        _paths.Enqueue(context.Request.Url?.AbsolutePath ?? "");

        var items = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var answer = Encoding.UTF8.GetBytes($$"""{"itemsReceived":{{items}},"itemsAccepted":{{items}},"errors":[]}""");
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(answer);
        context.Response.Close();
    });
}
