using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.AspNetCore.StaticFiles;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>
/// Serves the demo reader (a static front end, <c>samples/reader</c>) at <c>/reader/</c> when <c>Reader:Root</c>
/// names its folder, and redirects article page paths to it. Static hosting is the front end's business in production (a CDN or Static Web Apps), so only
/// the local host does this, to give the run command a real page that calls the API and sends beacons.
/// </summary>
internal static class StaticSamples
{
    public const string RequestPath = "/reader";

    /// <summary>The demo reader page's Content-Security-Policy.</summary>
    public const string ReaderContentSecurityPolicy =
        "default-src 'self'; script-src 'self' http://localhost:* http://127.0.0.1:*; connect-src 'self' http://localhost:* http://127.0.0.1:*; " +
        "img-src 'self' https: data:; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication UseStaticSamples(this WebApplication app, IConfiguration configuration)
    {
        var root = configuration["Reader:Root"];
        if (string.IsNullOrWhiteSpace(root))
        {
            return app;
        }

        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new InvalidOperationException($"Reader:Root '{fullRoot}' does not exist.");
        }

        // An article's public page (the default page path /articles/{slug}, where embeds and oEmbed link) is the
        // reader's job here: redirect there, keeping the #section (browsers carry the fragment over a redirect).
        app.MapGet("/articles/{slug:regex(^[a-z0-9-]{{1,100}}$)}", (string slug) =>
            Results.Redirect($"{RequestPath}/?article={slug}"));
        // PhysicalFileProvider refuses paths that climb out of its root ("..", absolute paths), so /reader/ serves only
        // the sample's own files.
        var files = new PhysicalFileProvider(fullRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = RequestPath, OnPrepareResponse = Secure });
        return app;
    }

    // The reader inserts the API's (sanitized) HTML into its page: a policy that runs only its own scripts limits what a
    // sanitizer miss could do. The API may be on another local port (?api= on localhost only), hence those sources.
    private static void Secure(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ReaderContentSecurityPolicy;
        }
    }
}
