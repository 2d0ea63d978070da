using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>
/// The headers every API response carries, success or error, applied in one place: CORS for the caller's origin,
/// <c>nosniff</c>. Results call it rather than middleware because the same code must hold under the real Functions
/// host, where this app has no ASP.NET Core middleware pipeline of its own.
/// </summary>
public sealed class ResponseConventions
{
    /// <summary>Methods a cross-origin caller may use; the beacon endpoints will need POST.</summary>
    public const string AllowedMethods = "GET, HEAD, POST, OPTIONS";

    private const string ExposedHeaders = "ETag, Content-Length, Retry-After, Location";
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
