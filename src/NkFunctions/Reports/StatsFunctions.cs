using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Reports;
using NkFunctions.Core.Reports.Realtime;

namespace NkFunctions.Reports;

/// <summary>Readership reports for analysts (docs/stats-api.md), behind a function key; JSON or CSV.</summary>
public sealed class StatsFunctions(StatsApi api, RealtimeApi realtime)
{
    /// <summary>Headline figures.</summary>
    [Function(nameof(GetStatsSummary))]
    public Task<IResult> GetStatsSummary(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stats/summary")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.SummaryAsync(request, cancellationToken);

    /// <summary>Figures per day, week or month.</summary>
    [Function(nameof(GetStatsTimeseries))]
    public Task<IResult> GetStatsTimeseries(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stats/timeseries")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.TimeseriesAsync(request, cancellationToken);

    /// <summary>The read-depth funnel of one article.</summary>
    [Function(nameof(GetStatsSections))]
    public Task<IResult> GetStatsSections(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stats/sections")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.SectionsAsync(request, cancellationToken);

    /// <summary>Page views and visitors by referrer, partner, device, browser or utm value.</summary>
    [Function(nameof(GetStatsBreakdown))]
    public Task<IResult> GetStatsBreakdown(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stats/breakdown")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.BreakdownAsync(request, cancellationToken);

    /// <summary>Visitors in the last five minutes, page views per minute for the last 30, what is being read now.</summary>
    [Function(nameof(GetStatsRealtime))]
    public Task<IResult> GetStatsRealtime(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stats/realtime")] HttpRequest request,
        CancellationToken cancellationToken) =>
        realtime.GetAsync(request, cancellationToken);
}
