using System.Globalization;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Raw;

/// <summary>
/// Reads one UTC day of raw events and folds them into page views. A day of one article is its
/// <see cref="EventPartitions.ShardCount"/> partitions; a day of every article is one PartitionKey range, because
/// keys start with the day: either way a bounded, known set of partitions.
/// </summary>
public sealed class RawEventReader(ReportEventTable events)
{
    // Only what the reports fold; the rest of each entity stays on the server.
    private static readonly string[] Columns =
    [
        "Article", "PageView", "Type", "Visitor", "Section", "EngagedMs", "ScrollDepth", "SectionMs", "Bot",
        "Referrer", "Partner", "Device", "Browser", "Os", "Country", "UtmSource", "UtmMedium", "UtmCampaign",
        "OccurredAt", "Link", "LinkTo", "Goal", "Props",
    ];

    /// <summary>The stored columns of the per-page-view dimensions, in <see cref="Dimension"/> order.</summary>
    internal static readonly string[] DimensionColumns = ["Referrer", "Partner", "Device", "Browser", "Os", "Country", "UtmSource", "UtmMedium", "UtmCampaign"];

    /// <summary>The page views of <paramref name="day"/>, of one article or (null) of all.</summary>
    public async Task<List<PageViewFacts>> ReadDayAsync(DateOnly day, string? slug, CancellationToken cancellationToken)
    {
        var table = await events.GetAsync(cancellationToken).ConfigureAwait(false);
        var folder = new PageViewFolder();
        await foreach (var entity in table.QueryAsync<TableEntity>(DayFilter(day, slug), maxPerPage: 1000, select: Columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            folder.Add(entity);
        }

        return folder.Complete();
    }

    /// <summary>The PartitionKey range of a day (all articles, or one article's shards).</summary>
    public static string DayFilter(DateOnly day, string? slug)
    {
        // Keys are {yyyyMMdd}_{slug}_{shard}: everything from "{prefix}" up to (not including) the same prefix with
        // its final '_' raised to '`', the next character. The trailing '_' keeps slug "nk" from matching "nk-cells".
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{day:yyyyMMdd}_{(slug is null ? string.Empty : slug + "_")}");
        var end = prefix[..^1] + "`";
        return TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {end}");
    }
}
