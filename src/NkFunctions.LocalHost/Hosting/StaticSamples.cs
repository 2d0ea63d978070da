using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>
/// Serves the demo reader (a static front end, <c>samples/reader</c>) at <c>/reader/</c> when <c>Reader:Root</c>
/// names its folder, and redirects article page paths to it. Static hosting is the front end's business in production (a CDN or Static Web Apps), so only
/// the local host does this, to give the run command a real page that calls the API and sends beacons.
/// </summary>
internal static class StaticSamples
{
    public const string RequestPath = "/reader";

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
        var files = new PhysicalFileProvider(fullRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = RequestPath });
        return app;
    }
}
