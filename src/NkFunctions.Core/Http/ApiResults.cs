using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>
/// The one place API results are made, so every success and every error carries the same headers and every
/// error is an RFC 9457 problem document with a stable <c>code</c>.
/// </summary>
public sealed class ApiResults(ResponseConventions conventions)
{
    private const string Rfc9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-";
    private const string Rfc6585 = "https://www.rfc-editor.org/rfc/rfc6585#section-";

    /// <summary>The response conventions in force.</summary>
    public ResponseConventions Conventions { get; } = conventions;

    /// <summary>A cacheable representation; <paramref name="negotiated"/> when it was chosen by <c>Accept</c>.</summary>
    public RepresentationResult Content(Representation representation, bool negotiated) =>
        new(representation, Conventions.CacheControl, negotiated ? Conventions.VaryForNegotiated : Conventions.VaryForFixed, Conventions);

    /// <summary>
    /// A representation whose URL names its bytes (a content hash), so it never changes: cached for a year and
    /// <c>immutable</c> (RFC 8246), so browsers do not even revalidate it on reload.
    /// </summary>
    public RepresentationResult Immutable(Representation representation) =>
        new(representation, "public, max-age=31536000, immutable", Conventions.VaryForFixed, Conventions);

    /// <summary>A representation no cache may store (health, anything per-instance).</summary>
    public RepresentationResult Uncached(Representation representation) =>
        new(representation, "no-store", Conventions.VaryForFixed, Conventions);

    /// <summary>
    /// A representation caches may keep but must revalidate on every use (<c>no-cache</c>): a page whose asset URLs
    /// carry versions, so it is never served stale alongside newer scripts; the revalidation is a cheap 304.
    /// </summary>
    public RepresentationResult Revalidated(Representation representation) =>
        new(representation, "no-cache", Conventions.VaryForFixed, Conventions);

    /// <summary>204 for OPTIONS on a known route, CORS preflight included.</summary>
    public PreflightResult Preflight(string allow) => new(allow, Conventions);

    /// <summary>202 with a small JSON body: the request's work is done (for beacons: stored).</summary>
    public StatusResult Accepted(byte[] json) => new(StatusCodes.Status202Accepted, json, Conventions);

    /// <summary>202 with a small JSON body and extra response headers.</summary>
    public StatusResult Accepted(byte[] json, IReadOnlyDictionary<string, string> headers) =>
        new(StatusCodes.Status202Accepted, json, Conventions, MediaTypes.Json, headers);

    /// <summary>200 with a computed body no cache may keep (reports); <paramref name="attachmentName"/> makes it a download.</summary>
    public StatusResult Computed(byte[] body, string contentType, string? attachmentName = null) =>
        new(
            StatusCodes.Status200OK,
            body,
            Conventions,
            contentType,
            attachmentName is null ? null : new Dictionary<string, string> { [HeaderNames.ContentDisposition] = $"attachment; filename=\"{attachmentName}\"" });

    /// <summary>
    /// A health check's own document, uncached: 200 when the check passed, else 503 with <c>Retry-After</c>. Not a
    /// problem document: monitors and orchestrators read the same shape either way.
    /// </summary>
    public StatusResult Check(bool passed, byte[] json, TimeSpan retryAfter) => passed
        ? new(StatusCodes.Status200OK, json, Conventions)
        : new(StatusCodes.Status503ServiceUnavailable, json, Conventions, MediaTypes.Json, RetryAfterHeader(retryAfter));

    /// <summary>204: nothing to say (for beacons: discarded by design, e.g. Global Privacy Control).</summary>
    public StatusResult NoContent() => new(StatusCodes.Status204NoContent, null, Conventions);

    /// <summary>413: the body is over the documented limit.</summary>
    public ProblemResult PayloadTooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Content Too Large", "15.5.14", "body-too-large", detail);

    /// <summary>415: the body's media type is not one the endpoint reads.</summary>
    public ProblemResult UnsupportedMediaType(string detail) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", "15.5.16", "unsupported-media-type", detail);

    /// <summary>400: a parameter is malformed or out of range.</summary>
    public ProblemResult BadRequest(string code, string detail) =>
        Problem(StatusCodes.Status400BadRequest, "Bad Request", "15.5.1", code, detail);

    /// <summary>
    /// 401 from the app itself (not the host's bare one): a bearer token the app checks (shared links) is missing or
    /// refused; <c>WWW-Authenticate</c> names the scheme and the error as RFC 6750 §3 asks.
    /// </summary>
    public ProblemResult Unauthorized(string code, string detail) =>
        Problem(
            StatusCodes.Status401Unauthorized,
            "Unauthorized",
            "15.5.2",
            code,
            detail,
            new Dictionary<string, string>
            {
                [HeaderNames.WWWAuthenticate] = code == "token-missing" ? "Bearer realm=\"nk-shared\"" : "Bearer realm=\"nk-shared\", error=\"invalid_token\"",
            });

    /// <summary>403: the credential is good but does not reach this resource (a shared link scoped to another article).</summary>
    public ProblemResult Forbidden(string code, string detail) =>
        Problem(StatusCodes.Status403Forbidden, "Forbidden", "15.5.4", code, detail);

    /// <summary>201 with the created resource's JSON and its <c>Location</c>; never stored by a cache.</summary>
    public StatusResult Created(byte[] json, string location) =>
        new(StatusCodes.Status201Created, json, Conventions, MediaTypes.Json, new Dictionary<string, string> { [HeaderNames.Location] = location });

    /// <summary>404: the named resource does not exist.</summary>
    public ProblemResult NotFound(string code, string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not Found", "15.5.5", code, detail);

    /// <summary>405 with the <c>Allow</c> header RFC 9110 requires.</summary>
    public ProblemResult MethodNotAllowed(string method, string allow) =>
        Problem(
            StatusCodes.Status405MethodNotAllowed,
            "Method Not Allowed",
            "15.5.6",
            "method-not-allowed",
            $"{method} is not supported here. Allowed: {allow}.",
            new Dictionary<string, string> { [HeaderNames.Allow] = allow });

    /// <summary>406: none of the representations the route offers is acceptable.</summary>
    public ProblemResult NotAcceptable(IEnumerable<string> offered) =>
        Problem(
            StatusCodes.Status406NotAcceptable,
            "Not Acceptable",
            "15.5.7",
            "not-acceptable",
            $"The Accept header allows none of the media types offered here: {string.Join(", ", offered)}.");

    /// <summary>414: the query string is over the documented limit.</summary>
    public ProblemResult QueryTooLong(string detail) =>
        Problem(StatusCodes.Status414UriTooLong, "URI Too Long", "15.5.15", "query-too-long", detail);

    /// <summary>431: the request's header fields are over the documented limit (RFC 6585 §5).</summary>
    public ProblemResult HeadersTooLarge(string detail) =>
        Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request Header Fields Too Large", Rfc6585 + "5", "headers-too-large", detail);

    /// <summary>429 with <c>Retry-After</c>: this client sent more than its share (RFC 6585 §4); retry after the delay.</summary>
    public ProblemResult TooManyRequests(string detail, TimeSpan retryAfter) =>
        Problem(
            StatusCodes.Status429TooManyRequests,
            "Too Many Requests",
            Rfc6585 + "4",
            "rate-limited",
            detail,
            RetryAfterHeader(retryAfter));

    /// <summary>503 with <c>Retry-After</c>: a dependency is down; the request may be retried unchanged.</summary>
    public ProblemResult ServiceUnavailable(string code, string detail, TimeSpan retryAfter) =>
        Problem(
            StatusCodes.Status503ServiceUnavailable,
            "Service Unavailable",
            "15.6.4",
            code,
            detail,
            RetryAfterHeader(retryAfter));

    /// <summary>501: the request asks for something this endpoint does not do (oEmbed: an unsupported format).</summary>
    public ProblemResult NotImplemented(string code, string detail) =>
        Problem(StatusCodes.Status501NotImplemented, "Not Implemented", "15.6.2", code, detail);

    /// <summary>500 with nothing of the failure's inside; the cause goes to the log only.</summary>
    public ProblemResult InternalError() =>
        Problem(StatusCodes.Status500InternalServerError, "Internal Server Error", "15.6.1", "internal-error", "An unexpected error occurred.");

    // Whole seconds, at least one: a zero would invite an immediate retry storm.
    private static Dictionary<string, string> RetryAfterHeader(TimeSpan retryAfter) => new()
    {
        [HeaderNames.RetryAfter] = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // A section number alone means RFC 9110; statuses defined elsewhere pass their full URI prefix.
    private ProblemResult Problem(int status, string title, string rfcSection, string code, string detail, IReadOnlyDictionary<string, string>? headers = null) =>
        new(
            new ProblemDocument(rfcSection.StartsWith("https://", StringComparison.Ordinal) ? rfcSection : Rfc9110 + rfcSection, title, status, detail, null, code),
            Conventions,
            headers);
}
