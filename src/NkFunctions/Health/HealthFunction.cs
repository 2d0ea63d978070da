using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Health;

/// <summary>Liveness and what this instance loaded.</summary>
public sealed class HealthFunction(HealthReport report)
{
    /// <summary>The health document.</summary>
    [Function(nameof(GetHealth))]
    public IResult GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health")] HttpRequest request) =>
        report.Get(request);
}
