using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>Writes an <c>application/problem+json</c> response with the common headers; never a stack trace.</summary>
public sealed class ProblemResult : IResult, IStatusCodeHttpResult
{
    private readonly ResponseConventions _conventions;
    private readonly IReadOnlyDictionary<string, string> _headers;

    internal ProblemResult(ProblemDocument problem, ResponseConventions conventions, IReadOnlyDictionary<string, string>? headers)
    {
        Problem = problem;
        _conventions = conventions;
        _headers = headers ?? new Dictionary<string, string>();
    }

    /// <summary>The document written.</summary>
    public ProblemDocument Problem { get; }

    /// <inheritdoc />
    public int? StatusCode => Problem.Status;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = Problem.Status;
        _conventions.Apply(httpContext);
        response.Headers[HeaderNames.CacheControl] = "no-store";
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(Problem with { Instance = httpContext.Request.Path.Value }, HttpJsonContext.Default.ProblemDocument);
        response.ContentType = MediaTypes.ProblemJson;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
