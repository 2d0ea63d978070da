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

    private readonly SingleFlight<string, Answer> _reads = new();
    private readonly ConcurrentDictionary<string, Answer> _recent = new(StringComparer.Ordinal);

    /// <summary>Answers the request.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (StatsQueryParser.Duplicate(request.Query) is { } duplicate)
        {
            return results.BadRequest(duplicate.Code, duplicate.Detail);
        }

        var (format, formatError) = StatsQueryParser.Format(request);
        if (formatError is not null)
        {
            return formatError.Status == StatusCodes.Status406NotAcceptable
                ? results.NotAcceptable(["application/json", "text/csv"])
                : results.BadRequest(formatError.Code, formatError.Detail);
        }

        var article = request.Query["article"].ToString().Trim();
        if (article.Length > 0 && !content.Catalog.Articles.ContainsKey(article))
        {
            return results.NotFound("article-not-found", $"No published article has the slug '{ProblemText.Shorten(article)}'.");
        }

        var scope = article.Length > 0 ? article : string.Empty;
        if (_recent.TryGetValue(scope, out var recent) && time.GetUtcNow() - recent.Report.At < CacheFor)
        {
            return Respond(recent, format);
        }

        return await StorageGuard.RunAsync(
            async () => Respond(await _reads.RunAsync(scope, ReadAsync, cancellationToken).ConfigureAwait(false), format),
            results,
            analytics.Value,
            logger,
            cancellationToken).ConfigureAwait(false);
    }

    // CSV is written from the cached report on each request: it is a few dozen rows, and most callers want JSON.
    private StatusResult Respond(Answer answer, ReportFormat format) => format == ReportFormat.Csv
        ? results.Computed(RealtimeCsv.Write(answer.Report), MediaTypes.Csv, RealtimeCsv.FileName(answer.Report))
        : results.Computed(answer.Json, MediaTypes.Json);

    private async Task<Answer> ReadAsync(string scope)
    {
        var now = time.GetUtcNow();
        var slug = scope.Length > 0 ? scope : null;
        // Not the caller's token: other callers may be waiting on this read (SingleFlight).
        var events = await reader.ReadAsync(slug, now - RealtimeBuilder.Window, now, CancellationToken.None).ConfigureAwait(false);
        var report = RealtimeBuilder.Build(slug, now, events, RealtimeTitles.From(content.Catalog));
        var answer = new Answer(report, JsonSerializer.SerializeToUtf8Bytes(report, ReportsJsonContext.Default.RealtimeReport));
        _recent[scope] = answer;
        return answer;
    }

    private sealed record Answer(RealtimeReport Report, byte[] Json);
}
