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
    private const string InternalErrorDetail = "An unexpected error occurred.";

    private const string RfcSections = "https://www.rfc-editor.org/rfc/rfc9110#section-";

    private readonly ResponseConventions? _conventions;
    private readonly IResult? _internalError;

    /// <param name="apiResults">The app's result factory, when registered.</param>
    public LocalHostProblems(ApiResults? apiResults)
    {
        if (apiResults is not null)
        {
            _conventions = apiResults.Conventions;
            // The result is immutable (the request path is added at write time), so one instance serves every request.
            _internalError = apiResults.InternalError();
        }
    }

    /// <summary>500 for a function that threw; the exception is logged, never sent.</summary>
    public IResult InternalServerError() => _internalError ?? TypedResults.Problem(
        title: "Internal Server Error",
        statusCode: StatusCodes.Status500InternalServerError,
        detail: InternalErrorDetail);

    /// <summary>413 with code <c>body-too-large</c>, as the app's own endpoints answer.</summary>
    public IResult ContentTooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Content Too Large", "15.5.14", "body-too-large", detail);

    /// <summary>500 for a function the local host ran on request and that threw: only the function's name, the exception goes to the log.</summary>
    public IResult FunctionFailed(string function) =>
        Problem(StatusCodes.Status500InternalServerError, "Internal Server Error", "15.6.1", "function-failed", $"Function '{function}' failed; the local host's log has the details.");

    /// <summary>501: the local host cannot do what the real Functions host would.</summary>
    public IResult NotImplemented(string code, string detail) =>
        Problem(StatusCodes.Status501NotImplemented, "Not Implemented", "15.6.2", code, detail);

    /// <summary>503: the host is shutting down.</summary>
    public IResult ServiceUnavailable(string code, string detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", "15.6.4", code, detail);

    private IResult Problem(int status, string title, string rfcSection, string code, string detail) =>
        _conventions is not null
            ? new ProblemResult(new ProblemDocument(RfcSections + rfcSection, title, status, detail, null, code), _conventions, null)
            : TypedResults.Problem(
                title: title,
                statusCode: status,
                detail: detail,
                type: RfcSections + rfcSection,
                extensions: new Dictionary<string, object?> { ["code"] = code });
}
