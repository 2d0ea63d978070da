using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Output;
using NkFunctions.Core.Reports.Queries;
using NkFunctions.Core.Reports.Rollups;
using Report = NkFunctions.Core.Reports.Queries.StatsQueryParser.Report;

namespace NkFunctions.Core.Reports;

/// <summary>
/// The stats endpoints' logic (docs/stats-api.md): validate the query, gather the range's day aggregates from
/// rollups and today's raw events, build the rows, write JSON or CSV. Function classes only adapt triggers to it.
/// </summary>
public sealed class StatsApi(
    DayAggregates aggregates,
    ContentStore content,
    ReportCalendar calendar,
    IOptions<ReportOptions> options,
    IOptions<AnalyticsOptions> analytics,
    ApiResults results,
    ILogger<StatsApi> logger)
{
    /// <summary><c>GET /api/stats/summary</c>.</summary>
    public Task<IResult> SummaryAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, Report.Summary, _ => RollupParts.Totals, (query, days, previousDays) =>
        {
            var row = ReportBuilder.Summary(query, days.Values);
            if (query.Previous is { } previous && previousDays is not null)
            {
                row = ReportBuilder.Compared(row, ReportBuilder.Summary(previous, previousDays.Values));
            }

            return query.Format == ReportFormat.Csv ? ReportDocuments.Csv(row) : ReportDocuments.Json(row);
        }, cancellationToken);

    /// <summary><c>GET /api/stats/timeseries</c>.</summary>
    public Task<IResult> TimeseriesAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, Report.Timeseries, _ => RollupParts.Totals, (query, days, previousDays) =>
        {
            var rows = ReportBuilder.Timeseries(query, days);
            if (query.Previous is { } previous && previousDays is not null)
            {
                rows = ReportBuilder.Compared(rows, ReportBuilder.Timeseries(previous, previousDays));
            }

            return query.Format == ReportFormat.Csv ? ReportDocuments.Csv(rows) : ReportDocuments.Json(rows);
        }, cancellationToken);

    /// <summary><c>GET /api/stats/sections</c>.</summary>
    public Task<IResult> SectionsAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, Report.Sections, _ => new RollupParts(Sections: true), (query, days, _) =>
        {
            // The query parser checked the article exists; a reload since can only have removed it, and then the
            // funnel has no sections to list.
            var sections = content.Catalog.Articles.TryGetValue(query.Article!, out var article) ? article.Article.Sections : [];
            var rows = ReportBuilder.Sections(sections, days.Values);
            return query.Format == ReportFormat.Csv ? ReportDocuments.Csv(rows) : ReportDocuments.Json(rows);
        }, cancellationToken);

    /// <summary><c>GET /api/stats/breakdown</c>.</summary>
    public Task<IResult> BreakdownAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, Report.Breakdown, PartsOf, (query, days, _) =>
        {
            if (query.Dimension == Dimension.Article)
            {
                var articles = ReportBuilder.Articles(query, days.Values, Title);
                return query.Format == ReportFormat.Csv ? ReportDocuments.Csv(articles) : ReportDocuments.Json(articles);
            }

            var rows = ReportBuilder.Breakdown(query, days.Values);
            return query.Format == ReportFormat.Csv ? ReportDocuments.Csv(rows, DimensionNames.IsConversion(query.Dimension)) : ReportDocuments.Json(rows);
        }, cancellationToken);

    private static RollupParts PartsOf(StatsQuery query) =>
        query.Dimension == Dimension.Article ? new RollupParts(Articles: true) : new RollupParts(Dimension: query.Dimension);

    private string? Title(string slug) => content.Catalog.Articles.TryGetValue(slug, out var article) ? article.Article.Metadata.Title : null;

    private async Task<IResult> RunAsync(
        HttpRequest request,
        Report report,
        Func<StatsQuery, RollupParts> parts,
        Func<StatsQuery, SortedDictionary<DateOnly, DayAggregate>, SortedDictionary<DateOnly, DayAggregate>?, byte[]> render,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parser = new StatsQueryParser(options.Value, calendar, slug => content.Catalog.Articles.ContainsKey(slug));
        var (query, error) = parser.Parse(request, report);
        if (error is not null)
        {
            return error.Status switch
            {
                StatusCodes.Status404NotFound => results.NotFound(error.Code, error.Detail),
                StatusCodes.Status406NotAcceptable => results.NotAcceptable(["application/json", "text/csv"]),
                _ => results.BadRequest(error.Code, error.Detail),
            };
        }

        ArgumentNullException.ThrowIfNull(query);
        return await StorageGuard.RunAsync(() => AnswerAsync(report, query, parts, render, cancellationToken), results, analytics.Value, logger, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IResult> AnswerAsync(
        Report report,
        StatsQuery query,
        Func<StatsQuery, RollupParts> parts,
        Func<StatsQuery, SortedDictionary<DateOnly, DayAggregate>, SortedDictionary<DateOnly, DayAggregate>?, byte[]> render,
        CancellationToken cancellationToken)
    {
        try
        {
            // The compared period (if any) is read beside the asked one: same scope and parts, other days.
            var current = DaysAsync(query, parts(query), cancellationToken);
            var previous = query.Previous is { } p
                ? DaysAsync(p, parts(p), cancellationToken)
                : Task.FromResult<SortedDictionary<DateOnly, DayAggregate>>(null!);
            await Task.WhenAll(current, previous).ConfigureAwait(false);
            var body = render(query, await current.ConfigureAwait(false), query.Previous is null ? null : await previous.ConfigureAwait(false));
            return query.Format == ReportFormat.Csv
                ? results.Computed(body, MediaTypes.Csv, FileName(report, query))
                : results.Computed(body, MediaTypes.Json);
        }
        catch (Raw.RawEventsGoneException gone)
        {
            return results.BadRequest(
                "filter-needs-raw-events",
                $"Filtered reports read raw events, and those up to {gone.LastGone:yyyy-MM-dd} were deleted after rollup (Reports:RetentionDays); start the range after it, or drop the filters.");
        }
    }

    // Unfiltered: rollups for closed days, raw events for open ones. Filtered: raw events for every day.
    private Task<SortedDictionary<DateOnly, DayAggregate>> DaysAsync(StatsQuery query, RollupParts parts, CancellationToken cancellationToken) =>
        query.FilterList.Count == 0
            ? aggregates.GetAsync(query.Scope, query.From, query.To, parts, cancellationToken)
            : aggregates.GetFilteredAsync(query.Scope, query.From, query.To, query.FilterList, cancellationToken);

    private static string FileName(Report report, StatsQuery query)
    {
        var name = report == Report.Breakdown ? "breakdown-" + DimensionNames.NameOf(query.Dimension) : report.ToString().ToLowerInvariant();
        return $"nk-{name}-{query.Article ?? "all"}-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}{FilterSuffix(query)}.csv";
    }

    // "-device-is-mobile-referrer-contains-news": the filters in the file name, reduced to safe characters and cut short.
    private static string FilterSuffix(StatsQuery query)
    {
        if (query.FilterList.Count == 0)
        {
            return string.Empty;
        }

        var words = query.FilterList.Select(f => $"{DimensionNames.NameOf(f.Dimension)}-{(f.Op switch { Queries.FilterOp.Is => "is", Queries.FilterOp.IsNot => "is-not", _ => "contains" })}-{f.Value}");
        var text = new string([.. string.Join('-', words).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? char.ToLowerInvariant(c) : '_')]);
        return "-" + (text.Length > 80 ? text[..80] : text);
    }
}
