using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Reports;

/// <summary>Runs a report answer that reads storage (stats, realtime, shared links), turning an outage into one 503 with Retry-After.</summary>
internal static class StorageGuard
{
    /// <summary>The work's answer, or 503 <c>storage-unavailable</c> when storage is down or too slow.</summary>
    public static async Task<IResult> RunAsync(Func<Task<IResult>> work, ApiResults results, AnalyticsOptions analytics, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception exception) when (StorageFailures.IsUnavailable(exception, cancellationToken))
        {
            ReportsLog.StorageUnavailable(logger, exception);
            return results.ServiceUnavailable(
                "storage-unavailable",
                "Table Storage is unavailable or too slow right now; retry after the indicated delay.",
                TimeSpan.FromSeconds(analytics.RetryAfterSeconds));
        }
    }
}
