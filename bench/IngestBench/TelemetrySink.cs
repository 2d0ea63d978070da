using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// Where the Azure Monitor exporter sends during the telemetry-cost runs: answers every upload as accepted and
/// counts the bytes, so the host pays the whole export path (spans, the privacy processor, serialization, gzip,
/// the upload) without a network or an Application Insights resource.
/// </summary>
internal sealed class TelemetrySink : IDisposable
{
    private readonly HttpListener _listener = new();
    private long _bytes;

    public TelemetrySink()
    {
        Port = LoopbackPorts.Free();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public long Bytes => Interlocked.Read(ref _bytes);

    public string ConnectionString => $"InstrumentationKey=00000000-0000-0000-0000-0000000000b5;IngestionEndpoint=http://127.0.0.1:{Port}/";

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Interlocked.Add(ref _bytes, body.Length);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("""{"itemsReceived":0,"itemsAccepted":0,"errors":[]}"""u8.ToArray());
            context.Response.Close();
        }
    }
}
