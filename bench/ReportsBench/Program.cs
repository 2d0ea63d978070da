// Report benchmark (issue 4): one article, ~1M synthetic events spread over the 30 closed days before today, written
// into a real Azurite the way beacons are stored, with their daily rollups (aggregated in memory by the rollup job's
// own code: reading 1M rows back from the emulator takes longer than the session that measures it). Two local hosts
// share the Azurite: one reads every day from raw events (Reports:UseRollups=false, the baseline), the other from the
// rollups. Median latency of GET /api/stats/summary and /sections over those 30 days on each, and whether both hosts
// give the same answer. Issue 17 adds: top articles (from rollups vs raw), a summary compared with the previous period,
// filtered summaries (article==slug, served from rollups; device==mobile, which reads raw events, checked against the
// rolled-up device breakdown), and the realtime report with today's traffic on top of the 1M events (checked against
// the same report built in memory from the events written).
// Run: bench/run.sh --only reports [--quick]  (options here: --quick, --raw-only summary|sections|none)
using System.Diagnostics;
using System.Globalization;
using System.Net;
using static System.FormattableString;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.Reports;

var quick = args.Contains("--quick");
var pageViewsPerDay = quick ? 110 : 5_500; // ~20,000 or ~1,000,000 events
var rollupRuns = quick ? 5 : 21;
// --raw-only summary: time the raw baseline for the summary alone (at 1M events each raw report reads every row of
// the 30 days back from the emulator, which takes many minutes; the sections report reads the very same rows).
var rawOnly = args.SkipWhile(a => a != "--raw-only").Skip(1).FirstOrDefault();
var RealtimeApiCache = TimeSpan.FromSeconds(5.5); // the API serves one realtime answer for 5 s
var rawRuns = 1; // each takes minutes on the emulator (see BENCHMARKS.md); JIT and connection warm-up are noise beside it
const string Article = "nk-cells-in-pregnancy";
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var from = today.AddDays(-30);
var to = today.AddDays(-1);

await using var azurite = await AzuriteServer.StartAsync();
var tables = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString);
var generated = SyntheticTraffic.Generate(Article, from, to, pageViewsPerDay, seed: 42).ToList();
var clock = Stopwatch.StartNew();
var events = await SyntheticTraffic.WriteAsync(tables, generated);
var todaysTraffic = TodaysTraffic.Generate(Article, DateTimeOffset.UtcNow, pageViewsPerDay, seed: 43);
var todaysEvents = await SyntheticTraffic.WriteAsync(tables, todaysTraffic);
var writeSeconds = clock.Elapsed.TotalSeconds;
clock.Restart();
await SyntheticTraffic.RollUpAsync(tables, generated);
var rollupSeconds = clock.Elapsed.TotalSeconds;
generated.Clear();

// Patient storage calls: on the emulator each page of a raw query scans the whole events table.
string[] common = [$"--AzureWebJobsStorage={azurite.ConnectionString}", "--Logging:LogLevel:Default=Warning", "--Reports:StorageTimeoutSeconds=600"];
await using var rollups = await LocalHostServer.StartAsync(null, common);
await using var raw = await LocalHostServer.StartAsync(null, [.. common, "--Reports:UseRollups=false"]);
foreach (var client in new[] { rollups.Client, raw.Client })
{
    client.Timeout = TimeSpan.FromMinutes(60);
}

var range = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&article={Article}";
var headlines = new List<Headline>();
string? rawSummaryBody = null; // the article's summary from raw events, also the answer the article filter must give

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{events:N0} events over {from:yyyy-MM-dd}..{to:yyyy-MM-dd} ({pageViewsPerDay:N0} page views a day), and {todaysEvents:N0} of today so far, written in {writeSeconds:F0} s (batches of 100, 8 at once); rollups written in {rollupSeconds:F1} s."));
Console.WriteLine();
Console.WriteLine("| report (30 days) | from rollups: median | p90 | from raw events: median | rollups vs raw | same answer |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var report in new[] { "summary", "sections" })
{
    var path = $"/api/stats/{report}?{range}";
    var (fromRollups, rollupBody) = await TimeAsync(rollups.Client, path, rollupRuns, warmUp: true);
    if (rawOnly is not null && rawOnly != report)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {report} | {Percentile(fromRollups, 0.5):F0} ms | {Percentile(fromRollups, 0.9):F0} ms | not run (--raw-only {rawOnly}) | | |"));
        continue;
    }

    var (fromRaw, rawBody) = await TimeAsync(raw.Client, path, rawRuns, warmUp: false);
    rawSummaryBody = report == "summary" ? rawBody : rawSummaryBody;
    var medianRollups = Percentile(fromRollups, 0.5);
    var medianRaw = Percentile(fromRaw, 0.5);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {report} | {medianRollups:F0} ms | {Percentile(fromRollups, 0.9):F0} ms | {medianRaw:F0} ms | {medianRaw / medianRollups:F0}x | {(rollupBody == rawBody ? "yes" : "NO")} |"));
    headlines.Add(new Headline($"Reports: {report} over 30 days, {events:N0} events, median from rollups", Invariant($"{medianRollups:F0} ms"), "< 500 ms", Headline.AtMost(medianRollups, 500, " ms")));
    headlines.Add(new Headline(
        $"Reports: {report}, rollups vs raw events",
        Invariant($"{medianRaw:N0} ms raw vs {medianRollups:F0} ms: {medianRaw / medianRollups:N0}x; same answer: {(rollupBody == rawBody ? "yes" : "NO")}"),
        ">= 10x, same answer",
        rollupBody != rawBody ? "missed: the answers differ" : Headline.AtLeast(medianRaw / medianRollups, 10, "x")));
}

// Issue 17's reports. Each row: the report as served (rollups where they serve it), and the check that it gives the
// same answer as an independent path.
Console.WriteLine();
Console.WriteLine("| report (30 days unless said) | path | median | p90 | same answer as | same? |");
Console.WriteLine("|---|---|---|---|---|---|");
var siteRange = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

// Top articles: one partition read of the per-article rows, against the raw host's fold of every event.
var (topTimes, topBody) = await TimeAsync(rollups.Client, $"/api/stats/breakdown?{siteRange}&by=article", rollupRuns, warmUp: true);
var topRaw = rawOnly is null or "top" ? (await TimeAsync(raw.Client, $"/api/stats/breakdown?{siteRange}&by=article", rawRuns, warmUp: false)).Body : null;
Row("top articles (`by=article`)", "rollups", topTimes, topRaw is null ? "raw events (not run)" : "raw events", topRaw is null ? null : topRaw == topBody);

// article==slug alone is the article parameter: rollups. The same answer as article=slug from raw events.
var (articleFilterTimes, articleFilterBody) = await TimeAsync(rollups.Client, $"/api/stats/summary?{siteRange}&filters=article=={Article}", rollupRuns, warmUp: true);
Row("summary, `filters=article==slug`", "rollups", articleFilterTimes, "`article=slug` from raw events", rawSummaryBody is null ? null : rawSummaryBody == articleFilterBody);

// A comparison reads the previous 30 days' rollups too.
var (compareTimes, _) = await TimeAsync(rollups.Client, $"/api/stats/summary?{range}&compare=previous_period", rollupRuns, warmUp: true);
Row("summary, `compare=previous_period` (60 days)", "rollups", compareTimes, null, null);

// Any other filter reads raw events: one run (minutes at 1M events), checked against the rolled-up breakdown's row.
var (deviceTimes, deviceBody) = await TimeAsync(rollups.Client, $"/api/stats/summary?{range}&filters=device==mobile", 1, warmUp: false);
var (_, deviceBreakdown) = await TimeAsync(rollups.Client, $"/api/stats/breakdown?{range}&by=device", 1, warmUp: false);
var mobile = System.Text.Json.JsonDocument.Parse(deviceBreakdown).RootElement.EnumerateArray().Single(r => r.GetProperty("value").GetString() == "mobile");
var filtered = System.Text.Json.JsonDocument.Parse(deviceBody).RootElement;
var deviceSame = filtered.GetProperty("pageviews").GetInt64() == mobile.GetProperty("pageviews").GetInt64()
    && filtered.GetProperty("visitors").GetInt64() == mobile.GetProperty("visitors").GetInt64();
Row("summary, `filters=device==mobile`", "raw events", deviceTimes, "`by=device` row `mobile` from rollups (page views, visitors)", deviceSame);

// Realtime: the open day's partitions, filtered on receipt time by the service; 5 s apart so no run is the API's
// cached answer. Checked against the report built in memory from the very events written.
var realtimeTimes = new List<double>();
var realtimeSame = true;
var realtimeRuns = quick ? 3 : 11;
for (var i = 0; i <= realtimeRuns; i++)
{
    await Task.Delay(RealtimeApiCache);
    var (times, body) = await TimeAsync(rollups.Client, "/api/stats/realtime", 1, warmUp: false);
    var served = System.Text.Json.JsonSerializer.Deserialize<NkFunctions.Core.Reports.Realtime.RealtimeReport>(body, System.Text.Json.JsonSerializerOptions.Web)!;
    var expected = NkFunctions.Core.Reports.Realtime.RealtimeBuilder.Build(null, served.At, TodaysTraffic.AsRealtimeEvents(todaysTraffic), new(_ => null, (_, _) => null));
    realtimeSame &= TodaysTraffic.Figures(served) == TodaysTraffic.Figures(expected);
    if (i > 0)
    {
        realtimeTimes.Add(times[0]);
    }
}

Row(Invariant($"realtime (today: {todaysEvents:N0} events so far)"), "raw events, last 30 min", realtimeTimes, "the report built in memory from the events written", realtimeSame);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {rollupRuns} runs from rollups (after one warm-up), {rawRuns} from raw (no warm-up), sequential, {DateTime.UtcNow:yyyy-MM-dd}."));
foreach (var headline in headlines)
{
    Console.WriteLine(headline.ToLine());
}

void Row(string report, string path, List<double> times, string? checkedAgainst, bool? same)
{
    var median = Percentile(times, 0.5);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {report} | {path} | {median:F0} ms | {Percentile(times, 0.9):F0} ms | {checkedAgainst ?? "-"} | {(same is null ? "-" : same.Value ? "yes" : "NO")} |"));
    var sameText = same is null ? string.Empty : $"; same answer: {(same.Value ? "yes" : "NO")}";
    var verdict = same == false ? "missed: the answers differ" : path == "rollups" ? Headline.AtMost(median, 200, " ms") : "measured";
    headlines.Add(new Headline($"Reports: {report}, median ({path})", Invariant($"{median:F0} ms{sameText}"), path == "rollups" ? "< 200 ms" : "measured", verdict));
}

static async Task<(List<double> Milliseconds, string Body)> TimeAsync(HttpClient client, string path, int runs, bool warmUp)
{
    var times = new List<double>();
    var body = string.Empty;
    for (var i = warmUp ? 0 : 1; i <= runs; i++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        body = await response.Content.ReadAsStringAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {body}");
        }

        // The first call warms the host (JIT, connections) and is not counted.
        if (i > 0)
        {
            times.Add(elapsed);
        }
    }

    return (times, body);
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
