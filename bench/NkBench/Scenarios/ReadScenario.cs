using System.Diagnostics;
using System.Globalization;
using System.Text;
using NkBench.Hosting;
using NkBench.Read;

namespace NkBench.Scenarios;

/// <summary>
/// Scenarios 1 and 2: content reads through the local host against a bare Kestrel app and nginx serving the same
/// bytes. Per request: every target is warmed up, then rounds of wrk at saturation rotate over the targets (A,B,C /
/// B,C,A / ...) so drift on a shared machine hits all alike, and the ratio is the median of the per-round ratios;
/// last, latency at a fixed rate well below saturation from the constant-rate client.
/// </summary>
internal sealed class ReadScenario(string id, string title, bool conditional, BenchOptions options, RepoPaths paths, Cpus cpus) : IScenario
{
    private const int Connections = 32;
    private const double Target = 0.8;

    private readonly int _rounds = options.Quick ? 1 : 3;
    private readonly double _seconds = options.Quick ? 1 : 10;
    private readonly double _warmUp = options.Quick ? 0 : 3;
    private readonly double _firstWarmUp = options.Quick ? 2 : 10;
    private readonly double _rateSeconds = options.Quick ? 1 : 10;

    public string Id => id;

    public string Title => title;

    public async Task<ScenarioResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        // Quick mode (CI) checks the harness, not the figures: one request shape is enough to exercise every part.
        var requests = options.Quick ? ReadRequest.Full(conditional).Take(1).ToList() : ReadRequest.Full(conditional);
        await using var servers = await ReadServers.StartAsync(paths, cpus, requests).ConfigureAwait(false);
        var targets = servers.Targets;

        // Tiered JIT must have produced optimized code in both .NET servers before anything counts.
        foreach (var target in targets)
        {
            await Wrk.RunAsync(target.Url(requests[0]), requests[0].Accept, target.IfNoneMatch(requests[0]), Connections, _firstWarmUp, cpus.Clients).ConfigureAwait(false);
        }

        var table = new StringBuilder();
        table.AppendLine("| request | server | req/s (median) | vs bare Kestrel | wrk p50 / p99 (saturated) | fixed rate | p50 / p90 / p99 / p99.9 / max at that rate | send delay p99 |");
        table.AppendLine("|---|---|---|---|---|---|---|---|");
        var headlines = new List<Headline>();
        foreach (var request in requests)
        {
            Console.WriteLine($"  {request.Name}");
            var rows = await MeasureAsync(request, targets).ConfigureAwait(false);
            var (host, bare, nginx) = (rows[0], rows[1], rows[2]); // ReadServers.Targets order
            foreach (var row in rows)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {request.Name} | {row.Target.Name} | {row.RequestsPerSecond:N0} | {row.Ratio} | {RateResult.Us(row.Saturated.P50Micros)} / {RateResult.Us(row.Saturated.P99Micros)} | {row.Fixed.TargetRate:N0}/s (got {row.Fixed.AchievedRate:N0}) | {row.Fixed.Percentiles} | {RateResult.Us(row.Fixed.SendLagP99)} |");
            }

            headlines.Add(new Headline(
                $"Read: {request.Name}, local host vs bare Kestrel (req/s)",
                FormattableString.Invariant($"{host.Ratio}; median req/s {host.RequestsPerSecond:N0} vs {bare.RequestsPerSecond:N0}; nginx {nginx.RequestsPerSecond:N0} (host/nginx {host.RequestsPerSecond / nginx.RequestsPerSecond:F2}x); p99 at {host.Fixed.TargetRate:N0}/s: {RateResult.Us(host.Fixed.P99)} vs {RateResult.Us(bare.Fixed.P99)}"),
                ">= 0.8x bare Kestrel",
                Headline.AtLeast(host.VersusBare, Target, "x")));
        }

        var notes = string.Create(CultureInfo.InvariantCulture,
            $"wrk -t1 -c{Connections} -d{_seconds}s, {_rounds} rotating round(s) per request after {_firstWarmUp} s + {_warmUp} s warm-up per target; {cpus.Describe}. \"vs bare Kestrel\" is the median of the per-round ratios (their range in brackets: on a shared machine that spread is the noise, and the req/s medians, taken separately, need not divide to the ratio). Fixed rate: {Connections} connections, {_rateSeconds} s, after 0.5 s unrecorded, latency from the intended send time (HdrHistogram; \"send delay\" is how late requests left the client: pacer, client CPU, or no free connection while the server stalled); the rate is a quarter of the slowest server's saturated rate, at most 5,000/s, unless --rate is given.");
        return new ScenarioResult(Id, Title, headlines, table.ToString().TrimEnd() + "\n\n" + notes, clock.Elapsed);
    }

    private async Task<List<Row>> MeasureAsync(ReadRequest request, IReadOnlyList<ReadTarget> targets)
    {
        foreach (var target in targets.Where(_ => _warmUp > 0))
        {
            await Wrk.RunAsync(target.Url(request), request.Accept, target.IfNoneMatch(request), Connections, _warmUp, cpus.Clients).ConfigureAwait(false);
        }

        var runs = targets.Select(_ => new List<WrkResult>()).ToList();
        for (var round = 0; round < _rounds; round++)
        {
            for (var k = 0; k < targets.Count; k++)
            {
                var t = (round + k) % targets.Count;
                var result = await Wrk.RunAsync(targets[t].Url(request), request.Accept, targets[t].IfNoneMatch(request), Connections, _seconds, cpus.Clients).ConfigureAwait(false);
                if (result.Errors > 0)
                {
                    throw new InvalidOperationException($"{targets[t].Name}: {result.Errors} failed requests for {request.Name}.");
                }

                runs[t].Add(result);
            }
        }

        var bare = targets.ToList().FindIndex(t => t.Name == ReadServers.Baseline);
        var slowest = runs.Min(r => Stats.Median(r.Select(x => x.RequestsPerSecond)));
        var rate = options.Rate ?? Math.Max(100, Math.Min(5_000, Math.Floor(slowest / 4 / 100) * 100));
        var rows = new List<Row>();
        for (var t = 0; t < targets.Count; t++)
        {
            var fixedRate = await ConstantRateClient.RunAsync(targets[t], request, rate, _rateSeconds, Connections, cpus.Clients).ConfigureAwait(false);
            if (fixedRate.Errors > 0)
            {
                throw new InvalidOperationException($"{targets[t].Name}: {fixedRate.Errors} answers were not {request.ExpectedStatus} at a fixed rate for {request.Name}.");
            }

            var ratios = Enumerable.Range(0, _rounds).Select(r => runs[t][r].RequestsPerSecond / runs[bare][r].RequestsPerSecond).ToList();
            var saturated = runs[t].OrderBy(r => r.RequestsPerSecond).ElementAt(runs[t].Count / 2);
            rows.Add(new Row(targets[t], saturated.RequestsPerSecond, Stats.Median(ratios), ratios.Min(), ratios.Max(), saturated, fixedRate));
        }

        return rows;
    }

    private sealed record Row(ReadTarget Target, double RequestsPerSecond, double VersusBare, double LowestRatio, double HighestRatio, WrkResult Saturated, RateResult Fixed)
    {
        /// <summary>"0.91x (0.85–0.97)": the median of the per-round ratios and their spread, which is the noise.</summary>
        public string Ratio => LowestRatio == HighestRatio
            ? string.Create(CultureInfo.InvariantCulture, $"{VersusBare:F2}x")
            : string.Create(CultureInfo.InvariantCulture, $"{VersusBare:F2}x ({LowestRatio:F2}–{HighestRatio:F2})");
    }
}
