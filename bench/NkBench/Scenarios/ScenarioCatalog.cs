using System.Globalization;
using NkBench.Hosting;

namespace NkBench.Scenarios;

/// <summary>Every scenario, in the order the harness runs them.</summary>
internal static class ScenarioCatalog
{
    public static IReadOnlyList<IScenario> All(BenchOptions options, RepoPaths paths, Cpus cpus)
    {
        string[] quick = options.Quick ? ["--quick"] : [];

        // The ingest program places its own processes: itself (host and load generator) on all CPUs but the last,
        // Azurite alone on the last (see BENCHMARKS.md, "Beacon ingest").
        var ingestCpus = cpus.Pinned ? Cpus.Range(0, cpus.Count - 2) : null;
        string[] ingestArgs = cpus.Pinned ? [.. quick, "--azurite-cpu", (cpus.Count - 1).ToString(CultureInfo.InvariantCulture)] : quick;

        return
        [
            new ReadScenario("read", "Read path: local host vs bare Kestrel vs nginx", conditional: false, options, paths, cpus),
            new ReadScenario("conditional", "Conditional reads: If-None-Match (304)", conditional: true, options, paths, cpus),
            new ProgramScenario("ingest", "Beacon ingest: group commit vs one write per event", paths.BenchDll("IngestBench"), ingestArgs, ingestCpus, TimeSpan.FromMinutes(30)),
            new ProgramScenario("reports", "Reports: rollups vs raw events", paths.BenchDll("ReportsBench"), quick, cpus.All, TimeSpan.FromMinutes(90)),
            new StartupScenario(options, paths),
            new SiteScenario(options, paths, cpus),
            new ProgramScenario("micro", "Micro-benchmarks (BenchmarkDotNet, memory diagnoser)", paths.BenchDll("MicroBench"), quick, cpus.All, TimeSpan.FromMinutes(30)),
        ];
    }
}
