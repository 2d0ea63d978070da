using System.Text.Json;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Ingestion;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Turns a validated, enriched beacon into table entities. This is the whole list of what is stored per event;
/// anything not written here (IP, user agent, full URLs, other query parameters) never reaches storage.
/// </summary>
public static class EventEntityFactory
{
    /// <summary>The per-beacon facts the server derived from the request.</summary>
    /// <param name="OccurredAt">Server time of receipt (clients' clocks are not trusted).</param>
    /// <param name="Visitor">Visitor-day hash.</param>
    /// <param name="ReferrerHost">Referrer host only.</param>
    /// <param name="PartnerHost">Embedding page host only.</param>
    /// <param name="Traits">Device class, browser family, bot reason.</param>
    public sealed record Context(DateTimeOffset OccurredAt, string Visitor, string? ReferrerHost, string? PartnerHost, ClientTraits Traits)
    {
        /// <summary>ISO 3166-1 alpha-2 code of the client's address (never the address), or null when unknown.</summary>
        public string? Country { get; init; }
    }

    /// <summary>One entity per event, all in the page view's partition of the receipt day.</summary>
    public static List<TableEntity> Create(Beacon beacon, Context context)
    {
        ArgumentNullException.ThrowIfNull(beacon);
        ArgumentNullException.ThrowIfNull(context);
        var partition = EventPartitions.PartitionKey(DateOnly.FromDateTime(context.OccurredAt.UtcDateTime), beacon.Article, beacon.PageView);
        var entities = new List<TableEntity>(beacon.Events.Count);
        foreach (var e in beacon.Events)
        {
            var entity = new TableEntity(partition, EventPartitions.RowKey(beacon.PageView, e.Id))
            {
                ["Article"] = beacon.Article,
                ["Type"] = TypeName(e.Type),
                ["PageView"] = beacon.PageView,
                ["EventId"] = e.Id,
                ["OccurredAt"] = context.OccurredAt,
                ["Visitor"] = context.Visitor,
                ["Device"] = context.Traits.DeviceClass,
                ["Browser"] = context.Traits.BrowserFamily,
                ["Os"] = context.Traits.OsFamily,
                ["Bot"] = context.Traits.BotReason is not null,
            };
            SetIfPresent(entity, "Section", e.Section);
            SetIfPresent(entity, "Referrer", context.ReferrerHost);
            SetIfPresent(entity, "Partner", context.PartnerHost);
            SetIfPresent(entity, "Country", context.Country);
            SetIfPresent(entity, "UtmSource", beacon.UtmSource);
            SetIfPresent(entity, "UtmMedium", beacon.UtmMedium);
            SetIfPresent(entity, "UtmCampaign", beacon.UtmCampaign);
            SetIfPresent(entity, "BotReason", context.Traits.BotReason);
            if (e.EngagedMs is { } engaged)
            {
                entity["EngagedMs"] = engaged;
            }

            if (e.ScrollDepth is { } depth)
            {
                entity["ScrollDepth"] = depth;
            }

            if (e.Link is { } link)
            {
                entity[e.Type == BeaconEventType.PageView ? "Link" : "LinkTo"] = link;
            }

            SetIfPresent(entity, "Goal", e.Goal);
            if (e.Props is { Count: > 0 } props)
            {
                entity["Props"] = JsonSerializer.Serialize(props, AnalyticsJsonContext.Default.IReadOnlyDictionaryStringString);
            }

            if (e.SectionMs is { Count: > 0 } sectionMs)
            {
                entity["SectionMs"] = JsonSerializer.Serialize(sectionMs, AnalyticsJsonContext.Default.IReadOnlyDictionaryStringInt32);
            }

            entities.Add(entity);
        }

        return entities;
    }

    /// <summary>The stored name of an event type.</summary>
    public static string TypeName(BeaconEventType type) => type switch
    {
        BeaconEventType.PageView => "pageview",
        BeaconEventType.Section => "section",
        BeaconEventType.Engagement => "engagement",
        BeaconEventType.Custom => "custom",
        _ => "read",
    };

    private static void SetIfPresent(TableEntity entity, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            entity[name] = value;
        }
    }
}
