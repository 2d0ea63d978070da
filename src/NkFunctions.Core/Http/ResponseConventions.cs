using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>
/// The headers every API response carries, success or error, applied in one place: CORS for the caller's origin,
/// <c>nosniff</c>, <c>Referrer-Policy</c>; and the Content-Security-Policy of HTML. Results call it rather than middleware because the same code must hold under the real Functions
/// host, where this app has no ASP.NET Core middleware pipeline of its own.
/// </summary>
public sealed class ResponseConventions
{
    /// <summary>Methods a cross-origin caller may use; the beacon endpoints will need POST.</summary>
    public const string AllowedMethods = "GET, HEAD, POST, OPTIONS";

    /// <summary>
    /// The Content-Security-Policy of HTML the API serves on its own (article and section fragments, when someone opens
    /// one directly): the markup is sanitized already, so this is the second wall. No script, style, frame or form may
    /// run or load, links get no base, and <c>sandbox</c> gives the document a unique origin; only images may load.
    /// Pages with needs of their own (the dashboard) set a policy before the conventions run, and keep it.
    /// </summary>
    public const string HtmlContentSecurityPolicy =
        "default-src 'none'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; sandbox";

    /// <summary>
    /// The Referrer-Policy of every response that sets none of its own: nothing here needs to tell another site which URL
    /// linked to it, and URLs with a key in <c>code</c> must never travel in a Referer.
    /// </summary>
    public const string ReferrerPolicy = "no-referrer";

    private const string ExposedHeaders = "ETag, Content-Length, Retry-After, Location, Link";
    private readonly CorsOptions _cors;
    private readonly HashSet<string> _origins;

    /// <summary>Creates the conventions from validated options.</summary>
    public ResponseConventions(IOptions<CorsOptions> cors, IOptions<CachingOptions> caching)
    {
        ArgumentNullException.ThrowIfNull(cors);
        ArgumentNullException.ThrowIfNull(caching);
        _cors = cors.Value;
        _origins = new HashSet<string>(_cors.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        CacheControl = caching.Value.CacheControl;
        PreflightMaxAge = _cors.PreflightMaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The Cache-Control value for cacheable content.</summary>
    public string CacheControl { get; }

    /// <summary>
    /// The Vary value for a representation chosen by <c>Accept</c>: with an origin allow-list the
    /// Access-Control-Allow-Origin header differs per origin, so caches must key on Origin too.
    /// </summary>
    public string VaryForNegotiated => _cors.AllowsAnyOrigin ? "Accept" : "Accept, Origin";

    /// <summary>The Vary value for a representation that depends on no request header (null when none).</summary>
    public string? VaryForFixed => _cors.AllowsAnyOrigin ? null : "Origin";

    private string PreflightMaxAge { get; }

    /// <summary>Adds the CORS and security headers that every response carries.</summary>
    public void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers.TryAdd("Referrer-Policy", ReferrerPolicy); // a page with a policy of its own (embeds) keeps it
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return;
        }

        if (_cors.AllowsAnyOrigin)
        {
            headers[HeaderNames.AccessControlAllowOrigin] = "*";
        }
        else if (_origins.Contains(origin))
        {
            headers[HeaderNames.AccessControlAllowOrigin] = origin;
        }
        else
        {
            return;
        }

        headers[HeaderNames.AccessControlExposeHeaders] = ExposedHeaders;
    }

    /// <summary>Adds <see cref="HtmlContentSecurityPolicy"/> to an HTML response that has no policy of its own.</summary>
    public static void ApplyHtmlPolicy(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
        }
    }

    /// <summary>
    /// Answers a CORS preflight for a known route: 204 with the allowed methods, the requested headers echoed
    /// (nothing here depends on credentials, so echoing them grants nothing), and a long max-age.
    /// </summary>
    public void ApplyPreflight(HttpContext context, string allow)
    {
        ArgumentNullException.ThrowIfNull(context);
        Apply(context);
        var headers = context.Response.Headers;
        headers[HeaderNames.Allow] = allow;
        if (!headers.ContainsKey(HeaderNames.AccessControlAllowOrigin))
        {
            return;
        }

        headers[HeaderNames.AccessControlAllowMethods] = AllowedMethods;
        var requested = context.Request.Headers.AccessControlRequestHeaders.ToString();
        if (requested.Length > 0)
        {
            headers[HeaderNames.AccessControlAllowHeaders] = requested;
        }

        headers[HeaderNames.AccessControlMaxAge] = PreflightMaxAge;
        if (!_cors.AllowsAnyOrigin)
        {
            headers.Append(HeaderNames.Vary, "Origin");
        }
    }
}
