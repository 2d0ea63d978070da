using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Health;

namespace NkFunctions.Health;

/// <summary>Liveness (what this instance loaded) and readiness (whether it can reach storage), kept apart.</summary>
public sealed class HealthFunction(HealthReport report, ReadinessReport readiness)
{
    /// <summary>The liveness document: never touches storage.</summary>
    [Function(nameof(GetHealth))]
    public IResult GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health")] HttpRequest request) =>
        report.Get(request);

    /// <summary>The readiness document: 200 when storage answers, 503 with Retry-After when it does not.</summary>
    [Function(nameof(GetReadiness))]
    public Task<IResult> GetReadiness(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health/ready")] HttpRequest request) =>
        readiness.GetAsync(request);
}
