using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Reports.Retention;
using NkFunctions.Core.Reports.Rollups;

namespace NkFunctions.Reports;

/// <summary>
/// The timer-triggered upkeep of the reports: rollups of closed days, then retention. Operators (and the local host's
/// <c>POST /admin/functions/{name}</c>) can run either on demand; both are idempotent.
/// </summary>
public sealed class MaintenanceFunctions(RollupJob rollups, RetentionJob retention)
{
    /// <summary>Shortly after midnight UTC, once the day's last group commits have landed.</summary>
    [Function(nameof(RollupClosedDays))]
    public Task RollupClosedDays([TimerTrigger("0 5 0 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        rollups.RunAsync(cancellationToken);

    /// <summary>After the rollup, so the day it just aggregated can be considered.</summary>
    [Function(nameof(ApplyRetention))]
    public Task ApplyRetention([TimerTrigger("0 30 0 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        retention.RunAsync(cancellationToken);
}
