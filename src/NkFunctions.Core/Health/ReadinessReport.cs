using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Health;

/// <summary>
/// <c>GET /api/health/ready</c>: can this instance do its work, i.e. reach storage? Kept apart from liveness
/// (<c>/api/health</c>), which never touches storage: restarting an instance does not fix a storage outage, so a
/// liveness probe must not fail for one. Concurrent callers share one check, and a check answers for
/// <see cref="HealthOptions.StorageCheckCacheSeconds"/>.
/// </summary>
public sealed class ReadinessReport(StorageProbe probe, ApiResults results, IConfiguration configuration, IOptions<HealthOptions> options, TimeProvider time)
{
    private readonly string _authentication = StorageConnection.Read(configuration).Authentication == StorageAuthentication.Identity ? "identity" : "connection-string";
    private readonly Lock _gate = new();
    private Task<StorageCheck>? _current;

    /// <summary>Answers 200 with the check when storage is reachable, else 503 with <c>Retry-After</c>.</summary>
    public async Task<IResult> GetAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = await CurrentCheck().WaitAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var dto = new ReadinessDto(
            check.Reachable ? "ready" : "unavailable",
            check.CheckedAt,
            new StorageReadinessDto(check.Status, _authentication, (long)check.Latency.TotalMilliseconds, check.Detail));
        var retryAfter = TimeSpan.FromSeconds(Math.Max(1, options.Value.StorageCheckCacheSeconds));
        return results.Check(check.Reachable, JsonSerializer.SerializeToUtf8Bytes(dto, HealthJsonContext.Default.ReadinessDto), retryAfter);
    }

    private Task<StorageCheck> CurrentCheck()
    {
        lock (_gate)
        {
            if (_current is null || (_current.IsCompleted && IsStale(_current)))
            {
                // Not the request's token: the check is shared, and one caller hanging up must not fail it for the others.
                _current = probe.CheckAsync(CancellationToken.None);
            }

            return _current;
        }
    }

    private bool IsStale(Task<StorageCheck> check) =>
        !check.IsCompletedSuccessfully || time.GetUtcNow() - check.Result.CheckedAt >= TimeSpan.FromSeconds(options.Value.StorageCheckCacheSeconds);
}
