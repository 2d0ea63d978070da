using System.Globalization;
using System.Text.Json;
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
public sealed class RawEventReader(EventTable events)
{
    // Only what the reports fold; the rest of each entity stays on the server.
    private static readonly string[] Columns =
    [
        "Article", "PageView", "Type", "Visitor", "Section", "EngagedMs", "ScrollDepth", "SectionMs", "Bot",
        "Referrer", "Partner", "Device", "Browser", "UtmSource", "UtmMedium", "UtmCampaign",
    ];

    private static readonly string[] DimensionColumns = ["Referrer", "Partner", "Device", "Browser", "UtmSource", "UtmMedium", "UtmCampaign"];

    /// <summary>The page views of <paramref name="day"/>, of one article or (null) of all.</summary>
    public async Task<List<PageViewFacts>> ReadDayAsync(DateOnly day, string? slug, CancellationToken cancellationToken)
    {
        var table = await events.GetAsync(cancellationToken).ConfigureAwait(false);
        var pageViews = new Dictionary<(string Article, string PageView), PageViewFacts>();
        await foreach (var entity in table.QueryAsync<TableEntity>(DayFilter(day, slug), maxPerPage: 1000, select: Columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            Fold(pageViews, entity);
        }

        return [.. pageViews.Values];
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

    internal static void Fold(Dictionary<(string Article, string PageView), PageViewFacts> pageViews, TableEntity entity)
    {
        var article = entity.GetString("Article");
        var pageView = entity.GetString("PageView");
        if (string.IsNullOrEmpty(article) || string.IsNullOrEmpty(pageView))
        {
            return;
        }

        if (!pageViews.TryGetValue((article, pageView), out var facts))
        {
            pageViews[(article, pageView)] = facts = new PageViewFacts(article, pageView);
        }

        facts.Bot |= entity.GetBoolean("Bot") == true;
        switch (entity.GetString("Type"))
        {
            case "pageview":
                facts.HasPageView = true;
                facts.Visitor = entity.GetString("Visitor");
                for (var i = 0; i < DimensionColumns.Length; i++)
                {
                    var value = entity.GetString(DimensionColumns[i]);
                    facts.Dimensions[i] = string.IsNullOrEmpty(value) ? null : value;
                }

                break;
            case "section":
                if (entity.GetString("Section") is { Length: > 0 } section)
                {
                    facts.SectionsSeen.Add(section);
                }

                break;
            case "engagement":
                FoldEngagement(facts, entity);
                break;
            case "read":
                facts.Read = true;
                FoldEngagement(facts, entity);
                break;
            default:
                break;
        }
    }

    private static void FoldEngagement(PageViewFacts facts, TableEntity entity)
    {
        if (entity.GetInt32("EngagedMs") is { } engaged)
        {
            facts.EngagedMs = Math.Max(facts.EngagedMs, engaged);
        }

        if (entity.GetInt32("ScrollDepth") is { } depth)
        {
            facts.ScrollDepth = Math.Max(facts.ScrollDepth ?? 0, depth);
        }

        if (entity.GetString("SectionMs") is { Length: > 0 } json)
        {
            var sections = JsonSerializer.Deserialize(json, AnalyticsJsonContext.Default.IReadOnlyDictionaryStringInt32);
            foreach (var (section, ms) in sections ?? new Dictionary<string, int>())
            {
                facts.SectionMs[section] = Math.Max(facts.SectionMs.GetValueOrDefault(section), ms);
            }
        }
    }
}
