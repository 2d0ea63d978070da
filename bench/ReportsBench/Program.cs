// Report benchmark (issue 4): one article, ~1M synthetic events spread over the 30 closed days before today, written
// into a real Azurite the way beacons are stored. Two local hosts share it: one reads every day from raw events
// (Reports:UseRollups=false, the baseline), the other from daily rollups (made by the RollupClosedDays timer function,
// run through the admin endpoint as an operator would). Median latency of GET /api/stats/summary and /sections
// over those 30 days on each. Run: bench/reports.sh [--quick]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.Reports;

var quick = args.Contains("--quick");
var pageViewsPerDay = quick ? 200 : 5_500;
var rollupRuns = quick ? 5 : 21;
var rawRuns = quick ? 1 : 3;
const string Article = "nk-cells-in-pregnancy";
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var from = today.AddDays(-30);
var to = today.AddDays(-1);

await using var azurite = await AzuriteServer.StartAsync();
var clock = Stopwatch.StartNew();
var events = await SyntheticTraffic.WriteAsync(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), SyntheticTraffic.Generate(Article, from, to, pageViewsPerDay, seed: 42));
var writeSeconds = clock.Elapsed.TotalSeconds;

await using var rollups = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}", "--Logging:LogLevel:Default=Warning");
await using var raw = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}", "--Reports:UseRollups=false", "--Logging:LogLevel:Default=Warning");
foreach (var client in new[] { rollups.Client, raw.Client })
{
    client.Timeout = TimeSpan.FromMinutes(10);
}

clock.Restart();
using (var run = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/RollupClosedDays") { Content = new StringContent("{}", Encoding.UTF8, "application/json") })
{
    run.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);
    using var response = await rollups.Client.SendAsync(run);
    if (response.StatusCode != HttpStatusCode.Accepted)
    {
        throw new InvalidOperationException($"RollupClosedDays answered {(int)response.StatusCode}.");
    }
}

var rollupSeconds = clock.Elapsed.TotalSeconds;
var range = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&article={Article}";

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{events:N0} events over {from:yyyy-MM-dd}..{to:yyyy-MM-dd} ({pageViewsPerDay:N0} page views a day), written in {writeSeconds:F0} s; nightly rollup of the 30 days (admin endpoint, from raw): {rollupSeconds:F1} s."));
Console.WriteLine();
Console.WriteLine("| report (30 days) | from rollups: median | p90 | from raw events: median | rollups vs raw | same answer |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var report in new[] { "summary", "sections" })
{
    var path = $"/api/stats/{report}?{range}";
    var (fromRollups, rollupBody) = await TimeAsync(rollups.Client, path, rollupRuns);
    var (fromRaw, rawBody) = await TimeAsync(raw.Client, path, rawRuns);
    var medianRollups = Percentile(fromRollups, 0.5);
    var medianRaw = Percentile(fromRaw, 0.5);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {report} | {medianRollups:F0} ms | {Percentile(fromRollups, 0.9):F0} ms | {medianRaw:F0} ms | {medianRaw / medianRollups:F0}x | {(rollupBody == rawBody ? "yes" : "NO")} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {rollupRuns} runs from rollups (after one warm-up), {rawRuns} from raw, sequential, {DateTime.UtcNow:yyyy-MM-dd}."));

static async Task<(List<double> Milliseconds, string Body)> TimeAsync(HttpClient client, string path, int runs)
{
    var times = new List<double>();
    var body = string.Empty;
    for (var i = 0; i <= runs; i++)
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
