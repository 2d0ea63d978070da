using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>
/// Serves a pre-rendered <see cref="Representation"/>: 304 when <c>If-None-Match</c> matches, headers only for HEAD,
/// otherwise the bytes. The 304 carries the ETag, Cache-Control and Vary a 200 would have (RFC 9110 §15.4.5).
/// </summary>
public sealed class RepresentationResult : IResult, IStatusCodeHttpResult
{
    private readonly ResponseConventions _conventions;

    internal RepresentationResult(Representation representation, string cacheControl, string? vary, ResponseConventions conventions)
    {
        Representation = representation;
        CacheControl = cacheControl;
        Vary = vary;
        _conventions = conventions;
    }

    /// <summary>The representation served.</summary>
    public Representation Representation { get; }

    /// <summary>The Cache-Control header value.</summary>
    public string CacheControl { get; }

    /// <summary>The Vary header value, when the representation depends on request headers.</summary>
    public string? Vary { get; }

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        var response = httpContext.Response;
        _conventions.Apply(httpContext);
        if (Representation.IsHtml)
        {
            ResponseConventions.ApplyHtmlPolicy(httpContext);
        }

        var headers = response.Headers;
        headers[HeaderNames.ETag] = Representation.EntityTag;
        headers[HeaderNames.CacheControl] = CacheControl;
        if (Vary is not null)
        {
            headers[HeaderNames.Vary] = Vary;
        }

        if (EntityTags.IfNoneMatchHits(request.Headers.IfNoneMatch, Representation.EntityTag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = Representation.ContentType;
        response.ContentLength = Representation.Body.Length;
        return HttpMethods.IsHead(request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(Representation.Body, httpContext.RequestAborted).AsTask();
    }
}
