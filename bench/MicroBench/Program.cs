// Micro-benchmarks (issue 6, scenario 6): BenchmarkDotNet with the memory diagnoser, in process (no generated
// project to build: the harness stays fast and needs no extra SDK work), Release build required. Prints one Markdown
// table (mean time and bytes allocated per operation) and the harness's headline lines on stdout; BenchmarkDotNet's
// own log goes to stderr.
// Run: bench/run.sh --only micro [--quick]   (--quick: a short job, for CI; figures are rough)
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MicroBench;

var quick = args.Contains("--quick");
var job = (quick
        ? Job.Default.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
        : Job.Default.WithWarmupCount(5).WithIterationCount(15))
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithId(quick ? "quick" : "default");
var artifacts = Directory.CreateTempSubdirectory("nkbench-micro-").FullName;
var config = ManualConfig.CreateEmpty()
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddLogger(new StreamLogger(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true })) // progress to stderr: stdout is the result
    .AddColumnProvider(DefaultColumnProviders.Instance)
    .WithArtifactsPath(artifacts)
    .WithOptions(ConfigOptions.DisableLogFile);

Summary[] summaries;
try
{
    summaries = BenchmarkRunner.Run([typeof(ContentBenchmarks), typeof(ServeBenchmarks), typeof(IngestBenchmarks)], config);
}
finally
{
    Directory.Delete(artifacts, recursive: true);
}

var reports = summaries.SelectMany(s => s.Reports).ToList();
if (reports.Count == 0 || reports.Any(r => !r.Success || r.ResultStatistics is null))
{
    Console.Error.WriteLine("Some benchmarks did not run: " + string.Join(", ", summaries.SelectMany(s => s.ValidationErrors).Select(e => e.Message)));
    return 1;
}

Console.WriteLine("| benchmark | mean | allocated per operation |");
Console.WriteLine("|---|---|---|");
foreach (var report in reports)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name(report)} | {Time(report.ResultStatistics!.Mean)} | {Allocated(report):N0} B |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BenchmarkDotNet {typeof(BenchmarkRunner).Assembly.GetName().Version}, in-process toolchain, {(quick ? "quick job (1 warm-up, 3 × 100 ms iterations): rough" : "5 warm-ups, 15 iterations")}."));

var serve = reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ServeBenchmarks.ServeSectionJson));
var render = reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ContentBenchmarks.RenderSeedArticle));
var parse = reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(IngestBenchmarks.ParseBeacon));
var hash = reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(IngestBenchmarks.VisitorHash));
var countryV4 = reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(IngestBenchmarks.CountryV4));
var countryV6 = reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(IngestBenchmarks.CountryV6));

// "Almost nothing": the result object our code creates per request and the header values it sets, no copies of
// the body and no per-request strings; 256 bytes is a handful of small objects.
Console.WriteLine(new Headline(
    "Micro: cached section read (GetSection + execute, JSON), allocations",
    string.Create(CultureInfo.InvariantCulture, $"{Allocated(serve):N0} B/op, {Time(serve.ResultStatistics!.Mean)}"),
    "almost nothing (<= 256 B/op)",
    Headline.AtMost(Allocated(serve), 256, " B")).ToLine());
Console.WriteLine(new Headline(
    "Micro: render the seed article (load + render + pre-render)",
    string.Create(CultureInfo.InvariantCulture, $"{Time(render.ResultStatistics!.Mean)}, {Allocated(render) / 1024.0:N0} KB/op"), "context", "info").ToLine());
Console.WriteLine(new Headline(
    "Micro: beacon parse + validate, visitor hash",
    string.Create(CultureInfo.InvariantCulture, $"{Time(parse.ResultStatistics!.Mean)} ({Allocated(parse):N0} B), {Time(hash.ResultStatistics!.Mean)} ({Allocated(hash):N0} B)"), "context", "info").ToLine());
Console.WriteLine(new Headline(
    "Micro: country lookup per beacon, IPv4 / IPv6 (shipped database, memory-mapped)",
    string.Create(CultureInfo.InvariantCulture, $"{Time(countryV4.ResultStatistics!.Mean)} ({Allocated(countryV4):N0} B), {Time(countryV6.ResultStatistics!.Mean)} ({Allocated(countryV6):N0} B)"), "context", "info").ToLine());
return 0;

static string Name(BenchmarkReport report) => report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');

static long Allocated(BenchmarkReport report) => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;

static string Time(double nanoseconds) => nanoseconds switch
{
    >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:N2} ms"),
    >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:N2} µs"),
    _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:N0} ns"),
};
