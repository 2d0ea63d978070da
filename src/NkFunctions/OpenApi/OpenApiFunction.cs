using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Http;

namespace NkFunctions.OpenApi;

/// <summary>Serves the OpenAPI 3.1 description of the public API.</summary>
public sealed class OpenApiFunction(OpenApiDocument document, ApiResults results)
{
    /// <summary>The OpenAPI document (JSON).</summary>
    [Function(nameof(GetOpenApi))]
    public IResult GetOpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "openapi.json")] HttpRequest request) =>
        results.Content(document.Representation, negotiated: false);
}
