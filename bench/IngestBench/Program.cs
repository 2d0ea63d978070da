// Beacon ingest benchmark (issue 3): N concurrent clients post beacons to POST /api/events on the local host, which
// writes into a real Azurite, with the group-commit writer and with one storage call per event, alternating, several
// rounds; every event is counted back (zero lost, zero duplicated). The load comes from a separate process (see
// LoadGenerator) and every process's CPU time is measured, so the figures say what an event costs whom. Finally it
// measures what Azurite itself spends per entity at the batch sizes the writers produce: the bound of the ratio.
// Run: bench/run.sh --only ingest [--quick]   (options here: --rounds N --seconds S --warmup S --clients N --azurite-cpu CORE)
// --telemetry-cost instead alternates group commit without telemetry and with the Azure Monitor exporter on (into a
// local sink), to show what production telemetry costs per event.
using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.LocalHost;

if (args.FirstOrDefault() == "--generate")
{
    return await LoadGenerator.MainAsync(args);
}

if (args.Contains("--own-code"))
{
    Console.WriteLine("| parse µs | classify UA µs | visitor hash µs | build entities µs | total µs per beacon |");
    Console.WriteLine("|---|---|---|---|---|");
    Console.WriteLine(await OwnCodeCost.MeasureAsync(20_000));
    return 0;
}

var quick = args.Contains("--quick");
var rounds = Option("--rounds", quick ? 1 : 3);
var seconds = Option("--seconds", quick ? 3 : 15);
var warmup = Option("--warmup", quick ? 2 : 8);
var clients = Option("--clients", 64);
int? azuriteCpu = args.Contains("--azurite-cpu") ? Option("--azurite-cpu", 1) : null;
var repo = FindRepo();
var self = Process.GetCurrentProcess();

Console.WriteLine("| round | writer | events/s | accepted events | stored (counted back) | storage transactions | per 1,000 events | refused | host CPU µs/event | Azurite CPU µs/event | Azurite busy | client CPU µs/event |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
var runs = new List<Run>();
if (args.Contains("--telemetry-cost"))
{
    using var sink = new TelemetrySink();
    for (var round = 1; round <= rounds; round++)
    {
        foreach (var exporting in round % 2 == 1 ? new[] { false, true } : [true, false])
        {
            var run = await RunAsync("GroupCommit", round, exporting ? sink : null);
            runs.Add(run);
            Console.WriteLine(run.Format());
        }
    }

    var off = runs.Where(r => r.Mode == "GroupCommit").ToList();
    var on = runs.Where(r => r.Mode != "GroupCommit").ToList();
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Telemetry off vs Azure Monitor exporter on (medians of {rounds} interleaved pairs): {Median(off, r => r.EventsPerSecond):F0} vs {Median(on, r => r.EventsPerSecond):F0} events/s; host CPU {Median(off, r => r.HostMicros):F0} vs {Median(on, r => r.HostMicros):F0} µs per event; {sink.Bytes / 1024.0 / Math.Max(1, on.Sum(r => r.Accepted)) * 1000:F1} KiB uploaded per 1,000 events (gzip'd; sampled at the default 5 traces/s)."));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} CPU(s) for host and client, {clients} clients, {warmup} s warm-up + {seconds} s per run, 3 events per beacon, {DateTime.UtcNow:yyyy-MM-dd}."));
    return runs.Sum(r => r.Accepted - r.Stored) == 0 ? 0 : 1;
}

for (var round = 1; round <= rounds; round++)
{
    // Alternate which writer goes first, so drift on a shared machine does not always favour the same one.
    string[] order = round % 2 == 1 ? ["GroupCommit", "PerEvent"] : ["PerEvent", "GroupCommit"];
    foreach (var mode in order)
    {
        var run = await RunAsync(mode, round);
        runs.Add(run);
        Console.WriteLine(run.Format());
    }
}

var group = runs.Where(r => r.Mode == "GroupCommit").ToList();
var naive = runs.Where(r => r.Mode == "PerEvent").ToList();
var ratios = Enumerable.Range(1, rounds).Select(i => group.Single(r => r.Round == i).EventsPerSecond / naive.Single(r => r.Round == i).EventsPerSecond).ToList();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Group commit vs per-event: median {Median(group, r => r.EventsPerSecond):F0} vs {Median(naive, r => r.EventsPerSecond):F0} events/s; per-round ratios {string.Join(", ", ratios.Select(x => x.ToString("F1", CultureInfo.InvariantCulture) + "x"))}."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Azurite CPU per event (median): {Median(naive, r => r.AzuriteMicros):F0} µs per-event vs {Median(group, r => r.AzuriteMicros):F0} µs group commit = {Median(naive, r => r.AzuriteMicros) / Median(group, r => r.AzuriteMicros):F1}x fewer Azurite cycles per event."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{Environment.ProcessorCount} CPU(s) for host and client, Azurite {(azuriteCpu is null ? "unpinned" : "pinned to CPU " + azuriteCpu)}, .NET {Environment.Version}, {clients} clients, {warmup} s warm-up + {seconds} s per run, 3 events per beacon, {DateTime.UtcNow:yyyy-MM-dd}."));

Console.WriteLine();
Console.WriteLine("What Azurite spends per entity, written directly (8 writers, one partition each, entities shaped like ours):");
Console.WriteLine();
Console.WriteLine("| entities per transaction | entities/s | Azurite CPU µs/entity | Azurite busy |");
Console.WriteLine("|---|---|---|---|");
var ceiling = 0.0;
foreach (var size in new[] { 1, 24, 48, 100 })
{
    var (line, entitiesPerSecond) = await AzuriteCostAsync(size);
    Console.WriteLine(line);
    ceiling = entitiesPerSecond;
}

var ratio = MedianOf(ratios);
var lost = runs.Sum(r => r.Accepted - r.Stored);
var worstTransactions = group.Max(r => r.Transactions * 1000.0 / Math.Max(1, r.Accepted));
static string F(FormattableString text) => FormattableString.Invariant(text);
// Azurite's CPU per event, alone vs batched, bounds the ratio (BENCHMARKS.md): shown beside it in every run, since a
// loaded machine hurts the CPU-hungry per-event path more and can push the events/s ratio past that bound.
Console.WriteLine(new Headline(
    $"Beacon ingest, {clients} clients: group commit vs one AddEntity per event",
    F($"{Median(group, r => r.EventsPerSecond):F0} vs {Median(naive, r => r.EventsPerSecond):F0} events/s: {ratio:F1}x (median of {rounds} interleaved pairs); Azurite CPU per event {Median(naive, r => r.AzuriteMicros) / Median(group, r => r.AzuriteMicros):F1}x"),
    ">= 5x",
    Headline.AtLeast(ratio, 5, "x")).ToLine());
Console.WriteLine(new Headline("Beacon ingest: storage transactions per 1,000 events (group commit, worst run)", F($"{worstTransactions:F1}"), "<= 50", Headline.AtMost(worstTransactions, 50, "")).ToLine());
Console.WriteLine(new Headline("Beacon ingest: events lost or duplicated (counted back)", F($"{lost} of {runs.Sum(r => r.Accepted):N0} accepted"), "0", lost == 0 ? "met" : "missed").ToLine());
Console.WriteLine(new Headline(
    "Beacon ingest: Azurite's own ceiling (batches of 100, 8 writers)",
    F($"{ceiling:F0} entities/s; group commit reached {Median(group, r => r.EventsPerSecond) / ceiling:P0} of it"), "context", "info").ToLine());
return lost == 0 ? 0 : 1;

async Task<Run> RunAsync(string mode, int round, TelemetrySink? telemetry = null)
{
    await using var azurite = await AzuriteServer.StartAsync(cpu: azuriteCpu);
    string[] exporter = telemetry is null ? [] : [$"--APPLICATIONINSIGHTS_CONNECTION_STRING={telemetry.ConnectionString}", "--Telemetry:DisableOfflineStorage=true"];
    var app = LocalHostApp.Build([
        "--urls=http://127.0.0.1:0", "--environment=Production", "--Logging:LogLevel:Default=Warning",
        $"--Content:Root={Path.Combine(repo, "content")}", $"--AzureWebJobsStorage={azurite.ConnectionString}",
        $"--Analytics:WriteMode={mode}", "--Analytics:QueueCapacity=1000000",

        // Every client of the load generator is one loopback address: the per-client rate limit would measure itself.
        "--Analytics:RateLimit:Enabled=false",
        .. exporter,
    ]);
    if (telemetry is not null)
    {
        mode += "+AzureMonitor";
    }

    await app.StartAsync();
    var port = new Uri(app.Urls.First()).Port;
    var stats = app.Services.GetRequiredService<WriterStats>();

    // Warm-up: the host's JIT tiers up and connections open; its events are counted back too.
    var warm = await GenerateAsync(port, warmup, "warm");
    var transactions0 = stats.Transactions;
    var host0 = HostCpu();
    var azurite0 = azurite.CpuTime;
    var measured = await GenerateAsync(port, seconds, "meas");
    var host1 = HostCpu();
    var azurite1 = azurite.CpuTime;
    var transactions = stats.Transactions - transactions0;
    await app.StopAsync();
    await app.DisposeAsync();

    var stored = new Dictionary<string, long>(StringComparer.Ordinal) { ["warm"] = 0, ["meas"] = 0 };
    var table = new TableClient(azurite.ConnectionString, EventTable.Name);
    await foreach (var row in table.QueryAsync<TableEntity>(select: ["RowKey"]))
    {
        var run = row.RowKey[..4];
        stored[run] = stored.GetValueOrDefault(run) + 1;
    }

    if (stored["warm"] != warm.AcceptedBeacons * 3 || stored.Count != 2)
    {
        throw new InvalidOperationException($"Warm-up: {warm.AcceptedBeacons * 3} events accepted, {stored["warm"]} stored; rows of unknown runs: {stored.Count - 2}.");
    }

    var events = measured.AcceptedBeacons * 3;
    return new Run(round, mode, events / measured.Seconds, events, stored["meas"], transactions, measured.RefusedBeacons,
        (host1 - host0).TotalMicroseconds / events, (azurite1 - azurite0).TotalMicroseconds / events,
        (azurite1 - azurite0).TotalSeconds / measured.Seconds, measured.CpuSeconds * 1e6 / events);
}

TimeSpan HostCpu()
{
    self.Refresh();
    return self.TotalProcessorTime;
}

async Task<LoadGenerator.Result> GenerateAsync(int port, int duration, string runId)
{
    // Same executable, its own process: inherits this process's CPU affinity (the host's core, not Azurite's).
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
    if (!Environment.ProcessPath!.EndsWith("IngestBench", StringComparison.Ordinal))
    {
        start.ArgumentList.Add(typeof(LoadGenerator).Assembly.Location);
    }

    foreach (var a in new[] { "--generate", port.ToString(CultureInfo.InvariantCulture), clients.ToString(CultureInfo.InvariantCulture), duration.ToString(CultureInfo.InvariantCulture), runId })
    {
        start.ArgumentList.Add(a);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    return process.ExitCode == 0
        ? LoadGenerator.Result.Parse(await output)
        : throw new InvalidOperationException("The load generator failed: " + await errors);
}

async Task<(string Line, double EntitiesPerSecond)> AzuriteCostAsync(int batchSize)
{
    await using var azurite = await AzuriteServer.StartAsync(cpu: azuriteCpu);
    var table = new TableClient(azurite.ConnectionString, "cost");
    await table.CreateIfNotExistsAsync();
    var duration = TimeSpan.FromSeconds(quick ? 2 : 6);
    var written = 0L;
    var cpu0 = azurite.CpuTime;
    var stop = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 8).Select(async w =>
    {
        for (var n = 0; stop.Elapsed < duration; n++)
        {
            var entities = Entities($"w{w}b{n}", batchSize);
            if (batchSize == 1)
            {
                await table.UpsertEntityAsync(entities[0], TableUpdateMode.Replace);
            }
            else
            {
                await table.SubmitTransactionAsync(entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)));
            }

            Interlocked.Add(ref written, batchSize);
        }
    }));
    var elapsed = stop.Elapsed.TotalSeconds;
    var cpu = azurite.CpuTime - cpu0;
    return (string.Create(CultureInfo.InvariantCulture, $"| {batchSize} | {written / elapsed:F0} | {cpu.TotalMicroseconds / written:F0} | {cpu.TotalSeconds / elapsed:P0} |"), written / elapsed);
}

// Real event entities (EventEntityFactory), all in one partition, as a flush's transaction for one shard would be.
static List<TableEntity> Entities(string pageView, int count)
{
    BeaconEventType[] types = [BeaconEventType.PageView, BeaconEventType.Section, BeaconEventType.Engagement];
    var events = Enumerable.Range(0, count).Select(i => new BeaconEvent($"e{i:D4}xyz", types[i % 3], i % 3 == 1 ? "introduction" : null, i % 3 == 2 ? 5000 : null, i % 3 == 2 ? 40 : null, null)).ToList();
    var beacon = new Beacon("nk-cells-in-pregnancy", pageView + "-pageview", null, null, null, null, null, null, events);
    var context = new EventEntityFactory.Context(DateTimeOffset.UtcNow, "AAAAAAAAAAAAAAAAAAAAAA", "news.example", null, new ClientTraits("desktop", "chrome", "Windows", null));
    return EventEntityFactory.Create(beacon, context);
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static double Median(IEnumerable<Run> runs, Func<Run, double> value) => MedianOf(runs.Select(value));

static double MedianOf(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NkFunctions.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

internal sealed record Run(int Round, string Mode, double EventsPerSecond, long Accepted, long Stored, long Transactions, long Refused,
    double HostMicros, double AzuriteMicros, double AzuriteBusy, double ClientMicros)
{
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"| {Round} | {Mode} | {EventsPerSecond:F0} | {Accepted} | {Stored} | {Transactions} | {Transactions * 1000.0 / Math.Max(1, Accepted):F1} | {Refused} | {HostMicros:F0} | {AzuriteMicros:F0} | {AzuriteBusy:P0} | {ClientMicros:F0} |");
}
