using System.Globalization;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Where an event lives. PartitionKey <c>{yyyyMMdd}_{slug}_{shard}</c>: one popular article spreads over
/// <see cref="ShardCount"/> partitions a day (Table Storage serves ~2,000 entities/s per partition), while a report
/// over a date range reads exactly days × shards known partitions. The shard comes from the page-view id, so all
/// events of one page view share a partition. RowKey <c>{pageview}_{eventId}</c>: a retried beacon overwrites itself.
/// </summary>
public static class EventPartitions
{
    /// <summary>Partitions per article per day. Changing it changes where reads look: never change it for stored days.</summary>
    public const int ShardCount = 4;

    /// <summary>The partition of a page view's events on a UTC day.</summary>
    public static string PartitionKey(DateOnly day, string slug, string pageView) =>
        PartitionKey(day, slug, Shard(pageView));

    /// <summary>The partition for a given shard, for readers enumerating a day.</summary>
    public static string PartitionKey(DateOnly day, string slug, int shard) =>
        string.Create(CultureInfo.InvariantCulture, $"{day:yyyyMMdd}_{slug}_{shard}");

    /// <summary>Every partition of an article on a day.</summary>
    public static IEnumerable<string> PartitionsOf(DateOnly day, string slug) =>
        Enumerable.Range(0, ShardCount).Select(shard => PartitionKey(day, slug, shard));

    /// <summary>The row of one event.</summary>
    public static string RowKey(string pageView, string eventId) => pageView + "_" + eventId;

    // FNV-1a: stable across processes and machines, unlike string.GetHashCode, so every instance picks the same shard.
    internal static int Shard(string pageView)
    {
        var hash = 2166136261u;
        foreach (var c in pageView)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % ShardCount);
    }
}
