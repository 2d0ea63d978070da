using System.Globalization;
using System.Text;
using NkBench.Hosting;
using NkBench.Scenarios;

namespace NkBench.Report;

/// <summary>
/// Renders a run as Markdown: the machine, a summary of every headline against its target, and one block per
/// scenario. The blocks are delimited by HTML comments so BENCHMARKS.md can take them over one by one
/// (<see cref="BenchmarksFile"/>); each block carries its own date, commit and load, because a later
/// <c>--only</c> run may replace some blocks and not others.
/// </summary>
internal static class MarkdownReport
{
    public const string HeadlineHeader = "| measure | figure | target | verdict |";

    public static string Machine(MachineInfo machine, Cpus cpus, BenchOptions options, string loadAtEnd, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            | run | |
            |---|---|
            | date (UTC) | {machine.StartedUtc:yyyy-MM-dd HH:mm} |
            | mode | {options.Mode}, {elapsed.TotalMinutes:F1} min |
            | commit | {machine.Commit} |
            | CPUs | {machine.Cpus} × {machine.CpuModel}; {cpus.Describe} |
            | memory | {machine.MemoryGiB} GiB |
            | OS | {machine.Os} |
            | .NET | SDK {machine.Sdk}, {machine.Runtime} |
            | load average (1/5/15 min) | {machine.LoadAtStart} at start, {loadAtEnd} at the end |
            """);

    /// <summary>One summary table over the headline rows of every block given.</summary>
    public static string Summary(IEnumerable<(string Title, IEnumerable<string> Rows)> blocks)
    {
        var text = new StringBuilder("| scenario | measure | figure | target | verdict |\n|---|---|---|---|---|\n");
        foreach (var (title, rows) in blocks)
        {
            foreach (var row in rows)
            {
                text.Append("| ").Append(title).Append(' ').Append(row.TrimStart()).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    public static string Block(ScenarioResult result, MachineInfo machine, BenchOptions options)
    {
        var text = new StringBuilder();
        text.Append(BenchmarksFile.BlockStart(result.Id)).Append('\n');
        text.Append("### ").Append(result.Title).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Measured {machine.StartedUtc:yyyy-MM-dd HH:mm} UTC, commit {machine.Commit}, {options.Mode} mode, load average {machine.LoadAtStart} when the run started; took {result.Elapsed.TotalMinutes:F1} min.\n\n");
        text.Append(HeadlineHeader).Append("\n|---|---|---|---|\n");
        foreach (var h in result.Headlines)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {h.Measure} | {h.Figure} | {h.Target} | {(h.Verdict == "met" ? "**met**" : h.Verdict.StartsWith("missed", StringComparison.Ordinal) ? "**" + h.Verdict + "**" : h.Verdict)} |\n");
        }

        text.Append('\n').Append(result.Markdown.Trim()).Append('\n');
        text.Append(BenchmarksFile.BlockEnd(result.Id));
        return text.ToString();
    }

    /// <summary>The headline rows of a rendered block (for the summary).</summary>
    public static IEnumerable<string> HeadlineRows(string block) =>
        block.Split('\n')
            .SkipWhile(l => l != HeadlineHeader)
            .Skip(2)
            .TakeWhile(l => l.StartsWith('|'));
}
