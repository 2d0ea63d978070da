using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Reports.Raw;

namespace NkFunctions.Core.Reports.Realtime;

/// <summary>
/// Reads the last half hour's non-bot events: the current UTC day's partitions (and the previous day's while the
/// window reaches back past midnight), filtered on receipt time by the service. Rollups cannot serve this: the day
/// is still open. The cost grows with the day's events scanned in those partitions, which is why the API caches the
/// answer for a few seconds and the dashboard polls no faster than every 10 s.
/// </summary>
public sealed class RealtimeReader(ReportEventTable events)
{
    private static readonly string[] Columns = ["Article", "PageView", "Type", "Visitor", "Section", "OccurredAt"];
    private static readonly string PageViewType = EventEntityFactory.TypeName(BeaconEventType.PageView);
    private static readonly string SectionType = EventEntityFactory.TypeName(BeaconEventType.Section);

    /// <summary>Events of <paramref name="slug"/> (or every article) received from <paramref name="since"/> on.</summary>
    public async Task<List<RealtimeEvent>> ReadAsync(string? slug, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await events.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<RealtimeEvent>();
        for (var day = DateOnly.FromDateTime(since.UtcDateTime); day <= DateOnly.FromDateTime(now.UtcDateTime); day = day.AddDays(1))
        {
            var filter = $"({RawEventReader.DayFilter(day, slug)}) and {TableClient.CreateQueryFilter($"OccurredAt ge {since} and Bot eq {false}")}";
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: Columns, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (entity.GetString("Article") is not { } article || entity.GetString("PageView") is not { } pageView
                    || entity.GetDateTimeOffset("OccurredAt") is not { } at)
                {
                    continue;
                }

                var type = entity.GetString("Type");
                result.Add(new RealtimeEvent(
                    article,
                    pageView,
                    entity.GetString("Visitor"),
                    string.Equals(type, PageViewType, StringComparison.Ordinal),
                    string.Equals(type, SectionType, StringComparison.Ordinal) ? entity.GetString("Section") : null,
                    at));
            }
        }

        return result;
    }
}
