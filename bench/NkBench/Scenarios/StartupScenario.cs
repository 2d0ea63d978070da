using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NkBench.Hosting;

namespace NkBench.Scenarios;

/// <summary>
/// Scenario 5: time from starting the Release local host process (<c>dotnet NkFunctions.LocalHost.dll</c>, a new
/// process each run: JIT cold, OS file cache warm) to its first 200 on /api/health, alternating with the bare
/// Kestrel app started the same way (the least an ASP.NET Core process needs), several runs, median. The host's own
/// log gives the time it spent loading, validating and rendering all content during that start.
/// </summary>
internal sealed partial class StartupScenario(BenchOptions options, RepoPaths paths) : IScenario
{
    private const double TargetMs = 1500;

    private readonly int _runs = options.Quick ? 2 : 7;

    public string Id => "startup";

    public string Title => "Start-up: process start to first 200";

    public async Task<ScenarioResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("nkbench-startup-").FullName;
        try
        {
            var body = Path.Combine(folder, "health.json");
            await File.WriteAllTextAsync(body, "{\"status\":\"ok\"}").ConfigureAwait(false);
            var manifest = Path.Combine(folder, "manifest.tsv");
            await File.WriteAllTextAsync(manifest, $"/api/health\tapplication/json\tapplication/json; charset=utf-8\t\"h\"\t{body}\n").ConfigureAwait(false);

            var host = new List<double>();
            var bare = new List<double>();
            var contentLoad = new List<double>();
            for (var run = 0; run < _runs; run++)
            {
                var (hostMs, hostLog) = await TimeToFirstOkAsync(
                    [paths.LocalHostDll, "--environment", "Production", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:NkFunctions.Core.Content.Serving.ContentStore=Information"], "--urls").ConfigureAwait(false);
                host.Add(hostMs);
                var loaded = ContentLoaded().Match(hostLog);
                if (loaded.Success)
                {
                    contentLoad.Add(double.Parse(loaded.Groups[1].Value, CultureInfo.InvariantCulture));
                }

                bare.Add((await TimeToFirstOkAsync([paths.BenchDll("BareKestrel"), "--manifest", manifest], "--urls").ConfigureAwait(false)).Milliseconds);
            }

            var hostMedian = Stats.Median(host);
            var bareMedian = Stats.Median(bare);
            var table = new StringBuilder();
            table.AppendLine("| process | first 200 on /api/health: median | min | max | runs |");
            table.AppendLine("|---|---|---|---|---|");
            table.AppendLine(CultureInfo.InvariantCulture, $"| local host (Release) | {hostMedian:F0} ms | {host.Min():F0} ms | {host.Max():F0} ms | {host.Count} |");
            table.AppendLine(CultureInfo.InvariantCulture, $"| bare Kestrel (baseline) | {bareMedian:F0} ms | {bare.Min():F0} ms | {bare.Max():F0} ms | {bare.Count} |");
            var load = contentLoad.Count > 0
                ? string.Create(CultureInfo.InvariantCulture, $"Loading, validating and rendering all content during start-up (the host's own log, cold JIT): median {Stats.Median(contentLoad):F0} ms (min {contentLoad.Min():F0}, max {contentLoad.Max():F0}). Warm, the same work is the `RenderSeedArticle` micro-benchmark.")
                : "The host logged no content load time.";
            List<Headline> headlines =
            [
                new(
                    "Start-up: local host process start to first 200 (cold, Release)",
                    FormattableString.Invariant($"{hostMedian:F0} ms median of {host.Count} (bare Kestrel {bareMedian:F0} ms: {hostMedian / bareMedian:F2}x)"),
                    "< 1.5 s",
                    Headline.AtMost(hostMedian, TargetMs, " ms")),
            ];
            return new ScenarioResult(Id, Title, headlines, table.ToString().TrimEnd() + "\n\n" + load + " Runs alternate host and baseline; a new process each run (JIT cold, OS file cache warm); not pinned.", clock.Elapsed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double Milliseconds, string Log)> TimeToFirstOkAsync(string[] args, string urlsOption)
    {
        var port = Http.FreePort();
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/api/health"));
        var started = Stopwatch.GetTimestamp();
        await using var process = ChildProcess.Start("dotnet", [.. args, urlsOption, $"http://127.0.0.1:{port}"], cpus: null);
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            if (await Http.TryGetStatusAsync(url, "application/json").ConfigureAwait(false) == HttpStatusCode.OK)
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                // The content-load line is written before Kestrel listens; give the console a moment to flush it.
                await Task.Delay(200).ConfigureAwait(false);
                return (elapsed, process.Output);
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Description} exited before answering:\n{process.Tail()}");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }

        throw new TimeoutException($"{process.Description} did not answer within 60 s:\n{process.Tail()}");
    }

    [GeneratedRegex(@"Loaded \d+ article\(s\), \d+ section\(s\) from .* in (\d+) ms")]
    private static partial Regex ContentLoaded();
}
