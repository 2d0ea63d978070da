using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// Works out a request's <see cref="PublicBase"/>: the configured public origins when set, otherwise the request's own
/// scheme and host. The route prefix comes from the request path itself (the caller says how many trailing segments
/// its route has), so the same code is right under the Functions host and the local host, whatever host.json says.
/// </summary>
public sealed class PublicBaseResolver
{
    private readonly string? _apiOrigin;
    private readonly string? _siteRoot;
    private Seen? _last;

    /// <summary>Reads the validated options.</summary>
    public PublicBaseResolver(IOptions<EmbedOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _apiOrigin = Blank(options.Value.PublicApiOrigin);
        _siteRoot = Blank(options.Value.SiteUrl);
    }

    /// <summary>The public roots for <paramref name="request"/>, whose route ends in <paramref name="routeSegments"/> segments.</summary>
    /// <remarks>
    /// On the read path of articles and embeds: the answer for the last scheme, host and route prefix seen is kept, so
    /// the usual request (one public name) allocates nothing and hands back the very instance the caches were keyed by.
    /// </remarks>
    public PublicBase Resolve(HttpRequest request, int routeSegments)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pathBase = request.PathBase.Value ?? string.Empty;
        var prefix = RoutePrefix(request.Path.Value, routeSegments);
        var host = request.Host.Value ?? string.Empty;
        if (Volatile.Read(ref _last) is { } last && last.Scheme == request.Scheme && last.Host == host && last.PathBase == pathBase && prefix.SequenceEqual(last.Prefix))
        {
            return last.Base;
        }

        // Host is validated by Kestrel and by the Functions front end; ToUriComponent punycodes it for use in a URL.
        var origin = _apiOrigin ?? request.Scheme + "://" + request.Host.ToUriComponent();
        var resolved = new PublicBase(origin + pathBase + prefix.ToString(), _siteRoot ?? origin);
        Volatile.Write(ref _last, new Seen(request.Scheme, host, pathBase, prefix.ToString(), resolved));
        return resolved;
    }

    // The request path without its last routeSegments segments (and any trailing slash): the route prefix.
    private static ReadOnlySpan<char> RoutePrefix(string? path, int routeSegments)
    {
        var prefix = (path ?? string.Empty).AsSpan().TrimEnd('/');
        for (var i = 0; i < routeSegments && prefix.Length > 0; i++)
        {
            prefix = prefix[..Math.Max(0, prefix.LastIndexOf('/'))];
        }

        return prefix;
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.TrimEnd('/');

    private sealed record Seen(string Scheme, string Host, string PathBase, string Prefix, PublicBase Base);
}
