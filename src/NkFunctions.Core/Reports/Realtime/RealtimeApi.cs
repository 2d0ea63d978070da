using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;
using NkFunctions.Core.Reports.Output;
using NkFunctions.Core.Reports.Queries;

namespace NkFunctions.Core.Reports.Realtime;

/// <summary>
/// <c>GET /api/stats/realtime[?article=slug]</c>: visitors now, page views per minute, what is being read. Each
/// scope's answer is kept for <see cref="CacheFor"/> and concurrent callers share one read, so any number of open
/// dashboards costs storage one half-hour scan per scope every few seconds.
/// </summary>
public sealed class RealtimeApi(
    RealtimeReader reader,
    ContentStore content,
    TimeProvider time,
    IOptions<AnalyticsOptions> analytics,
    ApiResults results,
    ILogger<RealtimeApi> logger)
{
    /// <summary>How long one answer is served again: under the dashboard's 10 s poll, so each poll sees new figures.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly SingleFlight<string, (DateTimeOffset Taken, byte[] Body)> _reads = new();
    private readonly ConcurrentDictionary<string, (DateTimeOffset Taken, byte[] Body)> _recent = new(StringComparer.Ordinal);

    /// <summary>Answers the request.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (StatsQueryParser.Duplicate(request.Query) is { } duplicate)
        {
            return results.BadRequest(duplicate.Code, duplicate.Detail);
        }

        var article = request.Query["article"].ToString().Trim();
        if (article.Length > 0 && !content.Catalog.Articles.ContainsKey(article))
        {
            return results.NotFound("article-not-found", $"No published article has the slug '{ProblemText.Shorten(article)}'.");
        }

        var scope = article.Length > 0 ? article : string.Empty;
        if (_recent.TryGetValue(scope, out var recent) && time.GetUtcNow() - recent.Taken < CacheFor)
        {
            return results.Computed(recent.Body, MediaTypes.Json);
        }

        try
        {
            var answer = await _reads.RunAsync(scope, ReadAsync, cancellationToken).ConfigureAwait(false);
            return results.Computed(answer.Body, MediaTypes.Json);
        }
        catch (Exception exception) when (StorageFailures.IsUnavailable(exception, cancellationToken))
        {
            ReportsLog.StorageUnavailable(logger, exception);
            return results.ServiceUnavailable(
                "storage-unavailable",
                "Table Storage is unavailable or too slow right now; retry after the indicated delay.",
                TimeSpan.FromSeconds(analytics.Value.RetryAfterSeconds));
        }
    }

    private async Task<(DateTimeOffset, byte[])> ReadAsync(string scope)
    {
        var now = time.GetUtcNow();
        var slug = scope.Length > 0 ? scope : null;
        // Not the caller's token: other callers may be waiting on this read (SingleFlight).
        var events = await reader.ReadAsync(slug, now - RealtimeBuilder.Window, now, CancellationToken.None).ConfigureAwait(false);
        var report = RealtimeBuilder.Build(slug, now, events, RealtimeTitles.From(content.Catalog));
        var answer = (now, JsonSerializer.SerializeToUtf8Bytes(report, ReportsJsonContext.Default.RealtimeReport));
        _recent[scope] = answer;
        return answer;
    }
}
