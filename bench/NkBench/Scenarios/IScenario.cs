namespace NkBench.Scenarios;

/// <summary>One benchmark scenario: starts what it needs, measures, stops everything it started.</summary>
internal interface IScenario
{
    /// <summary>The id used by --only and by the scenario's block in BENCHMARKS.md.</summary>
    string Id { get; }

    string Title { get; }

    Task<ScenarioResult> RunAsync();
}
