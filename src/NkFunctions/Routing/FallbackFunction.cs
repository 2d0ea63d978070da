using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Http;

namespace NkFunctions.Routing;

/// <summary>
/// Catches what no other function matches: OPTIONS on a known route (CORS preflight), a wrong method on a known route
/// (405), or an unknown path under the route prefix (404), each answered as problem+json with CORS headers instead of
/// the host's bare 404.
/// </summary>
/// <remarks>
/// The Functions host has no routing precedence: it maps HTTP functions in the order of their names, ignoring case, and
/// the first route that matches wins (Azure/azure-functions-host 89dc438d4: FunctionMetadataManager orders by
/// <c>StringComparer.OrdinalIgnoreCase</c>; WebScriptHostHttpRoutesManager maps them in that order into a RouteCollection;
/// open upstream issues #9876, #3153). A catch-all named "Fallback" sorted before every Get*, List* and Post* function and
/// answered 405 to everything. So the name must sort after every other function's: function names match
/// <c>^[a-z][a-z0-9_\-]{0,127}$</c> and compare upper-cased, so "Z_" (underscore is above every letter) sorts after any
/// name that does not itself start with "Z_". FunctionsMetadataTests fails the build's tests if any route, this one
/// included, can take a request from a function mapped after it. It declares no methods, which the host maps without a
/// method constraint: any method, even one no function knows (PROPFIND), gets the app's answer rather than a bare 404.
/// </remarks>
public sealed class FallbackFunction(HttpRouteTable routes, ApiResults results)
{
    /// <summary>The function name, excluded from the route table; it must sort last (see the remarks).</summary>
    public const string Name = "Z_Fallback";

    /// <summary>Answers preflights, 405s and 404s.</summary>
    [Function(Name)]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, Route = "{*path}")] HttpRequest request,
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
