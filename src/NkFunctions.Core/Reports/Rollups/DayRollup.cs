using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Raw;

namespace NkFunctions.Core.Reports.Rollups;

/// <summary>
/// Rolls up closed days: reads a day's raw events once (all articles), writes every scope's rows and the marker.
/// Shared by the nightly job and by reports that find a closed day without its rollup; concurrent requests for the
/// same day wait on one computation. Rolled-up days are remembered, since a rollup never changes.
/// </summary>
public sealed class DayRollup(RawEventReader raw, RollupStore store, ReportCalendar calendar, ILogger<DayRollup> logger)
{
    private readonly SingleFlight<DateOnly, Dictionary<string, DayAggregate>> _inFlight = new();
    private readonly ConcurrentDictionary<DateOnly, bool> _known = new();

    /// <summary>Which days of <c>[from, to]</c> are rolled up (from memory when every day is known).</summary>
    public async Task<HashSet<DateOnly>> RolledUpDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = new HashSet<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!_known.ContainsKey(day))
            {
                days.Clear();
                foreach (var marker in await store.ReadMarkersAsync(from, to, cancellationToken).ConfigureAwait(false))
                {
                    _known[marker.Day] = true;
                    days.Add(marker.Day);
                }

                return days;
            }

            days.Add(day);
        }

        return days;
    }

    /// <summary>Rolls up a closed day and returns its aggregates by scope (absent scope: nothing happened).</summary>
    public async Task<Dictionary<string, DayAggregate>> RollUpAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (day > calendar.LastClosedDay)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Only closed days are rolled up: later events would be missing from it.");
        }

        return await _inFlight.RunAsync(day, ComputeAndStoreAsync, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, DayAggregate>> ComputeAndStoreAsync(DateOnly day)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var pageViews = await raw.ReadDayAsync(day, slug: null, timeout.Token).ConfigureAwait(false);
        var scopes = DayAggregator.Aggregate(pageViews);
        await store.WriteDayAsync(day, scopes, timeout.Token).ConfigureAwait(false);
        _known[day] = true;
        ReportsLog.RolledUp(logger, day, pageViews.Count, scopes.Count);
        return scopes;
    }
}
