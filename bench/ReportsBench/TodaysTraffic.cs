using System.Globalization;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Reports.Realtime;

/// <summary>
/// The open day's traffic for the realtime report: the synthetic generator's events for today, up to now, with each
/// event of a page view a couple of seconds after the one before (a reader reaches sections one after another; equal
/// times would make "the section being read" depend on storage order). Also the realtime report's own input, taken
/// from the same entities in memory, for the same-answer check.
/// </summary>
internal static class TodaysTraffic
{
    private static readonly string PageViewType = EventEntityFactory.TypeName(BeaconEventType.PageView);
    private static readonly string SectionType = EventEntityFactory.TypeName(BeaconEventType.Section);

    /// <summary>Today's events received up to <paramref name="now"/>, at the benchmark's daily rate.</summary>
    public static List<TableEntity> Generate(string article, DateTimeOffset now, int pageViewsPerDay, int seed)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var result = new List<TableEntity>();
        foreach (var pageView in NkFunctions.IntegrationTests.Reports.SyntheticTraffic.Generate(article, today, today, pageViewsPerDay, seed)
            .GroupBy(e => e.GetString("PageView"), StringComparer.Ordinal))
        {
            var events = pageView.OrderBy(e => e.RowKey, StringComparer.Ordinal).ToList();
            var start = events[0].GetDateTimeOffset("OccurredAt")!.Value;
            if (start + TimeSpan.FromSeconds(2 * events.Count) > now)
            {
                continue; // not yet happened
            }

            for (var i = 0; i < events.Count; i++)
            {
                events[i]["OccurredAt"] = start + TimeSpan.FromSeconds(2 * i);
            }

            result.AddRange(events);
        }

        return result;
    }

    /// <summary>What the realtime reader should return from storage for these entities: every non-bot event.</summary>
    public static IEnumerable<RealtimeEvent> AsRealtimeEvents(IEnumerable<TableEntity> entities) =>
        entities
            .Where(e => e.GetBoolean("Bot") != true)
            .Select(e => new RealtimeEvent(
                e.GetString("Article"),
                e.GetString("PageView"),
                e.GetString("Visitor"),
                string.Equals(e.GetString("Type"), PageViewType, StringComparison.Ordinal),
                string.Equals(e.GetString("Type"), SectionType, StringComparison.Ordinal) ? e.GetString("Section") : null,
                e.GetDateTimeOffset("OccurredAt")!.Value));

    /// <summary>The report's figures without its display titles (the benchmark has no content catalogue), as text.</summary>
    public static string Figures(RealtimeReport report) => string.Join(
        '\n',
        [
            string.Create(CultureInfo.InvariantCulture, $"visitors {report.Visitors}"),
            .. report.PageviewsPerMinute.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Minute:O} {m.Pageviews}")),
            .. report.TopArticles.Select(a => string.Create(CultureInfo.InvariantCulture, $"article {a.Article} {a.Visitors}")),
            .. report.TopSections.Select(s => string.Create(CultureInfo.InvariantCulture, $"section {s.Article} {s.SectionId} {s.Readers}")),
        ]);
}
