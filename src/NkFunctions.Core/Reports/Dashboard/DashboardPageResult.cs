using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Reports.Dashboard;

/// <summary>
/// The dashboard page's response: the representation's own result (ETag, 304, caching, nosniff) plus the headers
/// that lock the page down. The page handles a secret (the function key), so it may run only its own scripts and
/// styles, talk only to its own origin, never be framed, and never leak its URL in a Referer.
/// </summary>
public sealed class DashboardPageResult(IResult page) : IResult, IStatusCodeHttpResult
{
    /// <summary>The Content-Security-Policy of the page: nothing inline, nothing from elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <inheritdoc />
    public int? StatusCode => (page as IStatusCodeHttpResult)?.StatusCode;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var headers = httpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY"; // for browsers that predate frame-ancestors
        return page.ExecuteAsync(httpContext);
    }
}
