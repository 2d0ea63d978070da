using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Http;

/// <summary>
/// A result plus response headers that depend on the request rather than on the representation (so they are not part
/// of its bytes or ETag), such as a <c>Link</c> header with absolute URLs or a page's security policy.
/// </summary>
public sealed class HeaderedResult(IResult inner, IReadOnlyList<KeyValuePair<string, string>> headers) : IResult, IStatusCodeHttpResult
{
    /// <summary>The wrapped result.</summary>
    public IResult Inner { get; } = inner;

    /// <inheritdoc />
    public int? StatusCode => (Inner as IStatusCodeHttpResult)?.StatusCode;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        foreach (var (name, value) in headers)
        {
            httpContext.Response.Headers[name] = value;
        }

        return Inner.ExecuteAsync(httpContext);
    }
}
