using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Reports.Rollups;

/// <summary>
/// The nightly rollup (timer-triggered <c>RollupClosedDays</c>): every closed day of the catch-up window without a
/// rollup gets one, so a missed night (outage, deploy) is made up the next time it runs. Idempotent.
/// </summary>
public sealed class RollupJob(DayRollup rollup, ReportCalendar calendar, IOptions<ReportOptions> options, ILogger<RollupJob> logger)
{
    /// <summary>Rolls up the missing closed days; returns how many it rolled up.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var to = calendar.LastClosedDay;
        var from = calendar.Today.AddDays(-options.Value.CatchUpDays);
        var rolled = await rollup.RolledUpDaysAsync(from, to, cancellationToken).ConfigureAwait(false);
        var missing = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!rolled.Contains(day))
            {
                missing.Add(day);
            }
        }

        ReportsLog.RollupJobStarted(logger, missing.Count, from, to);
        await Parallel.ForEachAsync(
            missing,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDays, CancellationToken = cancellationToken },
            async (day, token) => await rollup.RollUpAsync(day, token).ConfigureAwait(false)).ConfigureAwait(false);
        return missing.Count;
    }
}
