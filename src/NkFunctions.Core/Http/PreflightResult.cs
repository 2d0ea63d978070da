using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Http;

/// <summary>Answers <c>OPTIONS</c> on a known route: 204 with <c>Allow</c> and, for CORS preflights, the CORS grant.</summary>
public sealed class PreflightResult : IResult, IStatusCodeHttpResult
{
    private readonly ResponseConventions _conventions;

    internal PreflightResult(string allow, ResponseConventions conventions)
    {
        Allow = allow;
        _conventions = conventions;
    }

    /// <summary>The methods the route answers.</summary>
    public string Allow { get; }

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status204NoContent;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status204NoContent;
        _conventions.ApplyPreflight(httpContext, Allow);
        return Task.CompletedTask;
    }
}
