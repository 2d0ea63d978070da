namespace NkFunctions.Core.Reports.Rollups;

/// <summary>Aggregates closed UTC days into the rollup table (the timer-triggered <c>RollupClosedDays</c> function).</summary>
public sealed class RollupJob(TimeProvider time)
{
    /// <summary>Rolls up every closed day in the retention window that has no rollup yet.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => time.GetUtcNow() > DateTimeOffset.MinValue ? Task.CompletedTask : Task.CompletedTask; // placeholder until the job lands
}
