using System.Globalization;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Reports;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Raw;
using NkFunctions.Core.Reports.Rollups;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// Deterministic, realistic raw events for past days, written straight into the events table exactly as the beacon
/// path stores them (same entity factory, same keys), since beacons can only ever land on today. Shared by the
/// rollup-equivalence tests and the report benchmark.
/// </summary>
public static class SyntheticTraffic
{
    /// <summary>The seed article's section ids, in order.</summary>
    public static readonly string[] Sections =
    [
        "introduction", "understanding-nk-cells-in-fertility", "how-nk-cells-influence-fertility",
        "exploring-treatments-and-support-for-nk-cell-imbalance", "the-science-behind-nk-cells-and-pregnancy-success", "moving-forward-with-confidence-and-care",
    ];

    private static readonly string?[] Referrers = [null, null, "news.example", "www.google.com", "clinic.example", "forum.example"];
    private static readonly string?[] Partners = [null, null, null, "clinic.example", "portal.example"];
    private static readonly string[] Devices = ["desktop", "mobile", "mobile", "tablet"];
    private static readonly string[] Browsers = ["Chrome", "Safari", "Firefox", "Edge"];
    private static readonly string[] OperatingSystems = ["Windows", "macOS", "iOS", "Android", "Linux"];
    private static readonly string?[] Campaigns = [null, null, "november", "=HYPERLINK(\"x\")", "spring_sale/#1?"];
    private static readonly string?[] Countries = [null, "DE", "FR", "JP", "NL", "US", "US"];

    /// <summary>The events of <paramref name="pageViewsPerDay"/> page views on each day of the range, as table entities.</summary>
    public static IEnumerable<TableEntity> Generate(string article, DateOnly from, DateOnly to, int pageViewsPerDay, int seed)
    {
        var random = new Random(seed);

        // Countries from a stream of their own, so every other generated value stays what it was before countries.
        var countryRandom = new Random(seed + 1);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var visitors = Math.Max(1, pageViewsPerDay * 2 / 3);
            for (var i = 0; i < pageViewsPerDay; i++)
            {
                var pageView = string.Create(CultureInfo.InvariantCulture, $"pv{day:yyyyMMdd}x{i:D6}{random.Next(1000):D3}");
                var at = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(random.Next(86_400));
                var beacon = Beacon(article, pageView, random);
                var bot = random.Next(100) < 3 ? "crawler-user-agents: Googlebot" : null;
                var context = new EventEntityFactory.Context(
                    new DateTimeOffset(at),
                    "visitor-" + random.Next(visitors).ToString(CultureInfo.InvariantCulture),
                    Pick(random, Referrers),
                    Pick(random, Partners),
                    new ClientTraits(Pick(random, Devices), Pick(random, Browsers), Pick(random, OperatingSystems), bot))
                {
                    Country = Pick(countryRandom, Countries),
                };
                foreach (var entity in EventEntityFactory.Create(beacon, context))
                {
                    yield return entity;
                }
            }
        }
    }

    /// <summary>Writes entities in entity-group transactions of 100 per partition, several partitions at once; returns how many.</summary>
    public static async Task<int> WriteAsync(TableServiceClient service, IEnumerable<TableEntity> entities, int parallelism = 8)
    {
        ArgumentNullException.ThrowIfNull(service);
        var table = service.GetTableClient(EventTable.Name);
        await table.CreateIfNotExistsAsync();
        var batches = entities
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(p => p.Chunk(100))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (batch, token) =>
            await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), token));
        return batches.Sum(b => b.Length);
    }

    /// <summary>
    /// Writes the rollups of generated entities straight from memory (folded and aggregated by the same code the
    /// rollup job runs), for benchmarks that need rolled-up days without first paying for reading them back from the
    /// emulator. Tests prove the job's own rollups equal reports from raw events.
    /// </summary>
    public static async Task RollUpAsync(TableServiceClient service, IEnumerable<TableEntity> entities)
    {
        var store = new RollupStore(new RollupTable(new ReportStorage(service)));
        foreach (var day in entities.GroupBy(e => DateOnly.ParseExact(e.PartitionKey[..8], "yyyyMMdd", CultureInfo.InvariantCulture)))
        {
            var folder = new PageViewFolder();
            foreach (var entity in day)
            {
                folder.Add(entity);
            }

            await store.WriteDayAsync(day.Key, DayAggregator.Aggregate(folder.Complete()), CancellationToken.None);
        }
    }

    private static Beacon Beacon(string article, string pageView, Random random)
    {
        var events = new List<BeaconEvent> { new($"{pageView}-0", BeaconEventType.PageView, null, null, null, null) };
        var depth = random.Next(Sections.Length + 1);
        var sectionMs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < depth; s++)
        {
            events.Add(new BeaconEvent($"{pageView}-{events.Count}", BeaconEventType.Section, Sections[s], null, null, null));
            sectionMs[Sections[s]] = random.Next(120_000);
        }

        var engaged = Math.Min(1_800_000, sectionMs.Values.Sum() + random.Next(15_000));
        var scroll = Math.Min(100, (depth * 100 / Sections.Length) + random.Next(10));

        // Two cumulative engagement events, the later one larger: reports must take the largest.
        var half = sectionMs.ToDictionary(p => p.Key, p => p.Value / 2, StringComparer.Ordinal);
        events.Add(new BeaconEvent($"{pageView}-{events.Count}", BeaconEventType.Engagement, null, engaged / 2, scroll / 2, half));
        events.Add(new BeaconEvent($"{pageView}-{events.Count}", BeaconEventType.Engagement, null, engaged, scroll, sectionMs));
        if (depth == Sections.Length && engaged > 120_000)
        {
            events.Add(new BeaconEvent($"{pageView}-{events.Count}", BeaconEventType.Read, null, engaged, null, null));
        }

        var campaign = Pick(random, Campaigns);
        return new Beacon(article, pageView, null, campaign is null ? null : "newsletter", campaign is null ? null : "email", campaign, null, null, events);
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
