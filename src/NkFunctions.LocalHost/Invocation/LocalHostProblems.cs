using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Http;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>The local host's own error responses, all RFC 9457 <c>application/problem+json</c>.</summary>
/// <remarks>
/// When the app registers <see cref="ApiResults"/> (its one place for problems), these go through it, so they carry the
/// same <c>code</c>, CORS and security headers as the app's own errors; otherwise plain ASP.NET Core problem details.
/// </remarks>
internal sealed class LocalHostProblems
{
    /// <summary>The <c>code</c> of the 401 problem.</summary>
    public const string UnauthorizedCode = "function-key-required";

    private const string UnauthorizedDetail = "This function needs a key: send it in the x-functions-key header or the code query parameter.";
    private const string InternalErrorDetail = "An unexpected error occurred.";

    private readonly IResult? _unauthorized;
    private readonly IResult? _internalError;

    /// <param name="apiResults">The app's result factory, when registered.</param>
    public LocalHostProblems(ApiResults? apiResults)
    {
        if (apiResults is not null)
        {
            // Both results are immutable (the request path is added at write time), so one instance serves every request.
            _unauthorized = new ProblemResult(
                new ProblemDocument("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2", "Unauthorized", StatusCodes.Status401Unauthorized, UnauthorizedDetail, null, UnauthorizedCode),
                apiResults.Conventions,
                null);
            _internalError = apiResults.InternalError();
        }
    }

    /// <summary>401 for a missing or wrong function key; never echoes what was sent.</summary>
    public IResult Unauthorized() => _unauthorized ?? TypedResults.Problem(
        title: "Unauthorized",
        statusCode: StatusCodes.Status401Unauthorized,
        detail: UnauthorizedDetail,
        extensions: new Dictionary<string, object?> { ["code"] = UnauthorizedCode });

    /// <summary>500 for a function that threw; the exception is logged, never sent.</summary>
    public IResult InternalServerError() => _internalError ?? TypedResults.Problem(
        title: "Internal Server Error",
        statusCode: StatusCodes.Status500InternalServerError,
        detail: InternalErrorDetail);
}
