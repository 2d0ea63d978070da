using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>
/// A non-cacheable answer: to a write (202 with a small JSON body, 204), or a computed, private report (200, JSON or
/// CSV). Common headers, <c>no-store</c>.
/// </summary>
public sealed class StatusResult : IResult, IStatusCodeHttpResult
{
    private static readonly Dictionary<string, string> EmptyHeaders = [];

    private readonly ResponseConventions _conventions;
    private readonly byte[]? _body;
    private readonly string _contentType;
    private readonly IReadOnlyDictionary<string, string>? _headers;

    internal StatusResult(int statusCode, byte[]? body, ResponseConventions conventions, string contentType = MediaTypes.Json, IReadOnlyDictionary<string, string>? headers = null)
    {
        StatusCode = statusCode;
        _body = body;
        _conventions = conventions;
        _contentType = contentType;
        _headers = headers;
    }

    /// <inheritdoc />
    public int? StatusCode { get; }

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode!.Value;
        _conventions.Apply(httpContext);
        response.Headers[HeaderNames.CacheControl] = "no-store";
        foreach (var (name, value) in _headers ?? EmptyHeaders)
        {
            response.Headers[name] = value;
        }

        if (_body is null)
        {
            return Task.CompletedTask;
        }

        response.ContentType = _contentType;
        response.ContentLength = _body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(_body, httpContext.RequestAborted).AsTask();
    }
}
