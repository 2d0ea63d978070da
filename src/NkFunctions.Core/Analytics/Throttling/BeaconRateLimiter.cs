using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Http;
using NkFunctions.Core.Http.Filters;
using NkFunctions.Core.Telemetry;

namespace NkFunctions.Core.Analytics.Throttling;

/// <summary>
/// The beacon endpoints' rate limit: a token bucket per anonymous client (<see cref="ClientPartitions"/>), checked
/// before the body is read; over it, 429 problem+json with <c>Retry-After</c>. Runs as an <see cref="IRequestFilter"/>,
/// so the Functions worker (from its middleware) and the local host (from its invoker) apply this same instance's
/// logic. Limits are per instance: an app scaled out to N instances admits up to N times the rate, which still caps a
/// flood per instance, and that is what protects storage and memory.
/// </summary>
public sealed class BeaconRateLimiter : IRequestFilter, IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly ClientPartitions _partitions = new();
    private readonly PartitionedRateLimiter<UInt128> _limiter;
    private readonly ApiResults _results;
    private readonly NkMetrics _metrics;
    private readonly ILogger<BeaconRateLimiter> _logger;

    /// <summary>Creates the limiter from validated options.</summary>
    public BeaconRateLimiter(IOptions<RateLimitOptions> options, ApiResults results, NkMetrics metrics, ILogger<BeaconRateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _results = results;
        _metrics = metrics;
        _logger = logger;
        // PartitionedRateLimiter turns auto-replenishment off and replenishes every partition from its own 100 ms
        // timer, and a manually replenished bucket adds TokensPerPeriod / ReplenishmentPeriod × elapsed time: only the
        // ratio counts, so it is set to the rate (dotnet/runtime, System.Threading.RateLimiting: RateLimitPartition.
        // GetTokenBucketLimiter and TokenBucketRateLimiter.ReplenishInternal). Whole tokens per period, as the options
        // require; the period stretches for rates under one per second.
        var tokensPerPeriod = (int)Math.Ceiling(_options.PermitsPerSecond);
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.Burst,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokensPerPeriod / _options.PermitsPerSecond),
            QueueLimit = 0, // never hold a request waiting for a token: refuse it and say when to come back
            AutoReplenishment = true,
        };

        // Idle buckets (full again) are dropped by the limiter's own timer, so memory follows the clients active now.
        _limiter = PartitionedRateLimiter.Create<UInt128, UInt128>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket));
    }

    /// <inheritdoc />
    public IResult? Check(string functionName, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_options.Enabled || !BeaconEndpoints.Contains(functionName))
        {
            return null;
        }

        var key = _partitions.KeyOf(ClientAddress.Nearest(context.Request, _options.TrustedProxyHops));
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        ThrottlingLog.RateLimited(_logger, functionName);
        var refusal = _results.TooManyRequests(
            string.Create(CultureInfo.InvariantCulture, $"This client sent more than {_options.Burst} beacons at once or {_options.PermitsPerSecond} per second; nothing was read or stored. Retry the same beacon after the Retry-After delay."),
            retryAfter);
        _metrics.RequestRejected(refusal.Problem.Code);
        return refusal;
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
