using System.Net;
using System.Text;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// A partner's web site for embed tests: one HTML page at <c>/</c>, on its own port under the host name
/// <c>localhost</c>, so it is a different origin (host and port) from the API on 127.0.0.1, as a real partner is.
/// </summary>
internal sealed class PartnerSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _html;

    private PartnerSite(int port, string html)
    {
        Origin = $"http://localhost:{port}";
        _html = html;
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _ = ServeAsync();
    }

    /// <summary>The site's origin, e.g. <c>http://localhost:41234</c>.</summary>
    public string Origin { get; }

    /// <summary>Serves <paramref name="html"/> as the page at <c>/</c> (any other path: 404).</summary>
    public static PartnerSite Start(string html, int? port = null) => new(port ?? LoopbackPorts.Free(), html);

    /// <summary>A plain page with the given pasted-in snippets, between paragraphs of the partner's own text.</summary>
    public static string PageWith(params string[] snippets) =>
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Clinic blog</title></head>\n<body>\n" +
        "<h1 id=\"partner-title\">Clinic blog</h1>\n<p>What our doctors recommend reading:</p>\n" +
        string.Join("\n<p>And another part of it:</p>\n", snippets) +
        "\n<p id=\"partner-footer\">Partner page footer.</p>\n</body></html>\n";

    public void Dispose() => _listener.Close();

    private Task ServeAsync() => ListenerLoop.RunAsync(_listener, async context =>
    {
        var found = context.Request.Url?.AbsolutePath == "/";
        var body = Encoding.UTF8.GetBytes(found ? _html : "not found");
        context.Response.StatusCode = found ? 200 : 404;
        context.Response.ContentType = found ? "text/html; charset=utf-8" : "text/plain";
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    });
}
