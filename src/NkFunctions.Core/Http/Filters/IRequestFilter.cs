using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Http.Filters;

/// <summary>
/// A check that runs before an HTTP function and may answer in its place (a limit exceeded, a client over its rate).
/// Filters are plain services so that both hosts run the very same code: the Functions worker from a worker
/// middleware, the local host from its invoker, through <see cref="RequestFilters"/>.
/// </summary>
public interface IRequestFilter
{
    /// <summary>Null to let <paramref name="functionName"/> run; otherwise the result to answer with instead.</summary>
    /// <param name="functionName">The function the request is routed to (its <c>[Function]</c> name).</param>
    /// <param name="context">The request; the filter must not read its body.</param>
    IResult? Check(string functionName, HttpContext context);
}
