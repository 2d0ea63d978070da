using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>A non-cacheable answer to a write (202 with a small JSON body, 204): common headers, <c>no-store</c>.</summary>
public sealed class StatusResult : IResult, IStatusCodeHttpResult
{
    private readonly ResponseConventions _conventions;
    private readonly byte[]? _json;

    internal StatusResult(int statusCode, byte[]? json, ResponseConventions conventions)
    {
        StatusCode = statusCode;
        _json = json;
        _conventions = conventions;
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
        if (_json is null)
        {
            return Task.CompletedTask;
        }

        response.ContentType = MediaTypes.Json;
        response.ContentLength = _json.Length;
        return response.Body.WriteAsync(_json, httpContext.RequestAborted).AsTask();
    }
}
