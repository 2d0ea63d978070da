using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Reports.Sharing;

namespace NkFunctions.Reports;

/// <summary>
/// The reports behind a shared link's bearer token (docs/stats-api.md, "Shared links"). Anonymous to the host, which
/// can check only its own keys: the token, its scope, revocation and expiry are checked by <see cref="SharedStatsApi"/>.
/// </summary>
public sealed class SharedStatsFunctions(SharedStatsApi api)
{
    /// <summary>The link's label and scope.</summary>
    [Function(nameof(GetSharedLink))]
    public Task<IResult> GetSharedLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared/link")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.LinkAsync(request, cancellationToken);

    /// <summary>Headline figures.</summary>
    [Function(nameof(GetSharedSummary))]
    public Task<IResult> GetSharedSummary(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared/stats/summary")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.SummaryAsync(request, cancellationToken);

    /// <summary>Figures per day, week or month.</summary>
    [Function(nameof(GetSharedTimeseries))]
    public Task<IResult> GetSharedTimeseries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared/stats/timeseries")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.TimeseriesAsync(request, cancellationToken);

    /// <summary>The read-depth funnel of one article.</summary>
    [Function(nameof(GetSharedSections))]
    public Task<IResult> GetSharedSections(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared/stats/sections")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.SectionsAsync(request, cancellationToken);

    /// <summary>Page views and visitors by a dimension.</summary>
    [Function(nameof(GetSharedBreakdown))]
    public Task<IResult> GetSharedBreakdown(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared/stats/breakdown")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.BreakdownAsync(request, cancellationToken);

    /// <summary>Visitors now, page views per minute, what is being read.</summary>
    [Function(nameof(GetSharedRealtime))]
    public Task<IResult> GetSharedRealtime(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared/stats/realtime")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RealtimeAsync(request, cancellationToken);
}
