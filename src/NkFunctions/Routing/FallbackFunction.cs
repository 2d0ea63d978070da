using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Http;

namespace NkFunctions.Routing;

/// <summary>
/// Catches what no other function matches (routing prefers any literal route over this catch-all): OPTIONS on a
/// known route (CORS preflight), a wrong method on a known route (405), or an unknown path (404), each answered
/// as problem+json with CORS headers instead of the host's bare 404.
/// </summary>
public sealed class FallbackFunction(HttpRouteTable routes, ApiResults results)
{
    /// <summary>The function name, excluded from the route table.</summary>
    public const string Name = "Fallback";

    /// <summary>Answers preflights, 405s and 404s.</summary>
    [Function(Name)]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", "put", "patch", "delete", "options", Route = "{*path}")] HttpRequest request,
        string? path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allow = routes.AllowFor(path);
        if (allow is null)
        {
            return results.NotFound("route-not-found", "No endpoint matches this path. GET /api/openapi.json describes the API.");
        }

        return HttpMethods.IsOptions(request.Method) ? results.Preflight(allow) : results.MethodNotAllowed(request.Method, allow);
    }
}
