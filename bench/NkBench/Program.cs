// The benchmark harness (issue 6): bench/run.sh builds in Release and runs this. It runs each scenario in order —
// every one starts what it needs on loopback and stops it — then writes a Markdown report to bench/results/ and, in
// full mode, into the generated section of BENCHMARKS.md. Quick mode runs every scenario briefly (CI runs it so
// the harness never rots; it asserts nothing about speed). Exit code: 0 when every scenario ran, 1 otherwise.
using System.Diagnostics;
using System.Globalization;
using NkBench;
using NkBench.Hosting;
using NkBench.Read;
using NkBench.Report;
using NkBench.Scenarios;

if (args.FirstOrDefault() == ConstantRateClient.Command)
{
    return await ConstantRateClient.MainAsync(args[1..]);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

// Nothing the harness started may outlive it, even on Ctrl+C.
Console.CancelKeyPress += (_, _) => ChildProcess.KillAll();
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcess.KillAll();

var paths = RepoPaths.Find();
var cpus = Cpus.Detect();
var machine = MachineInfo.Capture(paths.Root);
var all = ScenarioCatalog.All(options, paths, cpus);
var unknown = options.Only?.Except(all.Select(s => s.Id)).ToList() ?? [];
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", all.Select(s => s.Id))}.");
    return 2;
}

var clock = Stopwatch.StartNew();
Console.WriteLine($"nkbench {options.Mode}: {machine.Cpus} CPUs, load average {machine.LoadAtStart}, commit {machine.Commit}; {cpus.Describe}");
var results = new List<ScenarioResult>();
foreach (var scenario in all.Where(s => options.Only is null || options.Only.Contains(s.Id)))
{
    Console.WriteLine($"== {scenario.Id}: {scenario.Title}");
    var started = Stopwatch.StartNew();
    try
    {
        results.Add(await scenario.RunAsync());
    }
#pragma warning disable CA1031 // One broken scenario must not hide the others' figures; it is reported and fails the run.
    catch (Exception ex)
#pragma warning restore CA1031
    {
        Console.Error.WriteLine($"!! {scenario.Id} failed: {ex}");
        results.Add(new ScenarioResult(scenario.Id, scenario.Title, [new Headline("the scenario ran", "no: " + ex.Message.Split('\n')[0], "runs", "FAILED")], "The scenario failed:\n\n```\n" + ex.Message + "\n```", started.Elapsed) { Failed = true });
    }

    Console.WriteLine($"   {scenario.Id} done in {started.Elapsed.TotalSeconds:F0} s");
}

var machineTable = MarkdownReport.Machine(machine, cpus, options, MachineInfo.LoadAverage(), clock.Elapsed);
var blocks = results.ToDictionary(r => r.Id, r => MarkdownReport.Block(r, machine, options));
var report = $"# NkFunctions benchmarks: {options.Mode} run\n\n{machineTable}\n\n## Summary\n\n"
    + MarkdownReport.Summary(results.Select(r => (BenchmarksFile.ShortTitle(r.Title), MarkdownReport.HeadlineRows(blocks[r.Id]))))
    + "\n\n## Scenarios\n\n" + string.Join("\n\n", blocks.Values) + "\n";

var output = options.Out ?? Path.Combine(paths.ResultsFolder, string.Create(CultureInfo.InvariantCulture, $"{machine.StartedUtc:yyyy-MM-dd-HHmm}-{options.Mode}.md"));
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"Report written to {Path.GetRelativePath(paths.Root, Path.GetFullPath(output))}.");
// A broken scenario keeps its previous block in BENCHMARKS.md; the ones that ran replace theirs.
var measured = results.Where(r => !r.Failed).ToDictionary(r => r.Id, r => blocks[r.Id]);
if (!options.Quick && measured.Count > 0)
{
    await BenchmarksFile.UpdateAsync(paths.BenchmarksFile, machineTable, [.. all.Select(s => s.Id)], measured);
    Console.WriteLine($"BENCHMARKS.md updated (generated section: {string.Join(", ", measured.Keys)}).");
}

return results.Any(r => r.Failed) ? 1 : 0;
