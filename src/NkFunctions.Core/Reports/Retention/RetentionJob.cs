namespace NkFunctions.Core.Reports.Retention;

/// <summary>Deletes raw events past retention (only for rolled-up days) and expired salts.</summary>
public sealed class RetentionJob(TimeProvider time)
{
    /// <summary>Applies the retention policy once.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => time.GetUtcNow() > DateTimeOffset.MinValue ? Task.CompletedTask : Task.CompletedTask; // placeholder until the job lands
}
