using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// A built static site served from a folder on <c>http://localhost:{port}</c> (another origin than the API on
/// 127.0.0.1), the way static hosts and Eleventy's dev server serve one: <c>/a/</c> is <c>a/index.html</c>, and
/// <c>/a</c>, when <c>a</c> is a folder, redirects to <c>/a/</c>; anything else that is not a file is 404.
/// </summary>
internal sealed class StaticSite : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;

    private StaticSite(string root, int port)
    {
        _root = Path.GetFullPath(root);
        Origin = $"http://localhost:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _ = ListenerLoop.RunAsync(_listener, ServeAsync);
    }

    /// <summary>The site's origin, e.g. <c>http://localhost:41234</c>.</summary>
    public string Origin { get; }

    /// <summary>Serves the files under <paramref name="root"/> on <paramref name="port"/>.</summary>
    public static StaticSite Start(string root, int port) => new(root, port);

    public void Dispose() => _listener.Close();

    private async Task ServeAsync(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
        var local = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        var response = context.Response;
        if (local != _root && !local.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            response.StatusCode = 404;
        }
        else if (Directory.Exists(local) && !path.EndsWith('/'))
        {
            response.StatusCode = 301;
            response.RedirectLocation = path + "/" + context.Request.Url?.Query;
        }
        else
        {
            var file = Directory.Exists(local) ? Path.Combine(local, "index.html") : local;
            if (File.Exists(file))
            {
                var body = await File.ReadAllBytesAsync(file);
                response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
            }
            else
            {
                response.StatusCode = 404;
            }
        }

        response.Close();
    }
}
