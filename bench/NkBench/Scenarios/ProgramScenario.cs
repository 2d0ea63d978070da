using System.Diagnostics;
using NkBench.Hosting;

namespace NkBench.Scenarios;

/// <summary>
/// A scenario measured by its own bench program (ingest, reports, micro-benchmarks): the harness runs it as a child
/// process, echoes its progress, and takes its output as the scenario's Markdown and its headline lines as headlines.
/// </summary>
internal sealed class ProgramScenario(string id, string title, string dll, IReadOnlyList<string> args, string? cpus, TimeSpan timeout, string? note = null) : IScenario
{
    public string Id => id;

    public string Title => title;

    public async Task<ScenarioResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        await using var program = ChildProcess.Start("dotnet", [dll, .. args], cpus, echo: true);
        var output = await program.WaitForSuccessAsync(timeout).ConfigureAwait(false);
        var (headlines, markdown) = ScenarioResult.Split(output);
        if (headlines.Count == 0)
        {
            throw new InvalidOperationException($"{program.Description} printed no headline figures.");
        }

        return new ScenarioResult(Id, Title, headlines, note is null ? markdown : markdown + "\n\n" + note, clock.Elapsed);
    }
}
