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

    /// <summary>Reads the validated options.</summary>
    public PublicBaseResolver(IOptions<EmbedOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _apiOrigin = Blank(options.Value.PublicApiOrigin);
        _siteRoot = Blank(options.Value.SiteUrl);
    }

    /// <summary>The public roots for <paramref name="request"/>, whose route ends in <paramref name="routeSegments"/> segments.</summary>
    public PublicBase Resolve(HttpRequest request, int routeSegments)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Host is validated by Kestrel and by the Functions front end; ToUriComponent punycodes it for use in a URL.
        var origin = _apiOrigin ?? request.Scheme + "://" + request.Host.ToUriComponent();
        var path = (request.PathBase + request.Path).Value?.TrimEnd('/') ?? string.Empty;
        for (var i = 0; i < routeSegments && path.Length > 0; i++)
        {
            path = path[..path.LastIndexOf('/')];
        }

        return new PublicBase(origin + path, _siteRoot ?? origin);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.TrimEnd('/');
}
