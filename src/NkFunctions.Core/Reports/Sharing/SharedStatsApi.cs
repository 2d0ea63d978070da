using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;
using NkFunctions.Core.Reports.Realtime;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>
/// <c>GET /api/shared/stats/{report}</c> and <c>GET /api/shared/link</c>: the reports behind a shared link's bearer
/// token instead of the function key. The functions are anonymous to the host (it can check only its own keys), so
/// the token is checked here, the link's scope forced into the query (<see cref="SharedScope"/>), and then the very
/// same report code answers as it does for <c>/api/stats/*</c>.
/// </summary>
public sealed class SharedStatsApi(
    SharedLinkValidator validator,
    StatsApi stats,
    RealtimeApi realtime,
    ContentStore content,
    IOptions<AnalyticsOptions> analytics,
    ApiResults results,
    ILogger<SharedStatsApi> logger)
{
    /// <summary>The summary report.</summary>
    public Task<IResult> SummaryAsync(HttpRequest request, CancellationToken cancellationToken) => RunAsync(request, _ => stats.SummaryAsync(request, cancellationToken), cancellationToken);

    /// <summary>The timeseries report.</summary>
    public Task<IResult> TimeseriesAsync(HttpRequest request, CancellationToken cancellationToken) => RunAsync(request, _ => stats.TimeseriesAsync(request, cancellationToken), cancellationToken);

    /// <summary>The sections report.</summary>
    public Task<IResult> SectionsAsync(HttpRequest request, CancellationToken cancellationToken) => RunAsync(request, _ => stats.SectionsAsync(request, cancellationToken), cancellationToken);

    /// <summary>The breakdown report.</summary>
    public Task<IResult> BreakdownAsync(HttpRequest request, CancellationToken cancellationToken) => RunAsync(request, _ => stats.BreakdownAsync(request, cancellationToken), cancellationToken);

    /// <summary>The realtime report.</summary>
    public Task<IResult> RealtimeAsync(HttpRequest request, CancellationToken cancellationToken) => RunAsync(request, _ => realtime.GetAsync(request, cancellationToken), cancellationToken);

    /// <summary>The link's own label and scope, for the shared dashboard's banner.</summary>
    public Task<IResult> LinkAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, link =>
        {
            var title = link.Article is { } slug && content.Catalog.Articles.TryGetValue(slug, out var article) ? article.Article.Metadata.Title : null;
            var body = JsonSerializer.SerializeToUtf8Bytes(new SharedLinkScope(link.Label, link.Article, title, link.Expires), SharingJsonContext.Default.SharedLinkScope);
            return Task.FromResult<IResult>(results.Computed(body, MediaTypes.Json));
        }, cancellationToken);

    // Storage is read only to check the token here; the reports answer their own outages the same way.
    private Task<IResult> RunAsync(HttpRequest request, Func<SharedLink, Task<IResult>> answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StorageGuard.RunAsync(
            async () =>
            {
                var check = await validator.CheckAsync(request, cancellationToken).ConfigureAwait(false);
                if (check.Link is not { } link)
                {
                    return results.Unauthorized(check.Code!, check.Detail!);
                }

                if (SharedScope.Apply(request, link) is { } outOfScope)
                {
                    return results.Forbidden("out-of-scope", outOfScope);
                }

                return await answer(link).ConfigureAwait(false);
            },
            results,
            analytics.Value,
            logger,
            cancellationToken);
    }
}
