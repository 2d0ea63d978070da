using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Raw;
using NkFunctions.Core.Reports.Rollups;

namespace NkFunctions.Core.Reports;

/// <summary>
/// A scope's day aggregates over a range, from the cheapest true source: rollups for closed days (rolling up any that
/// lack one), raw events only for days still open (today, and yesterday during the grace period).
/// </summary>
public sealed class DayAggregates(
    DayRollup rollup,
    RollupStore store,
    RawEventReader raw,
    ReportCalendar calendar,
    IOptions<ReportOptions> options)
{
    private readonly SingleFlight<(DateOnly Day, string Scope), DayAggregate> _openInFlight = new();

    /// <summary>Every day of <c>[from, to]</c> (empty days as zero aggregates), keyed by day.</summary>
    public async Task<SortedDictionary<DateOnly, DayAggregate>> GetAsync(string scope, DateOnly from, DateOnly to, RollupParts parts, CancellationToken cancellationToken)
    {
        var result = new SortedDictionary<DateOnly, DayAggregate>();
        var lastClosed = options.Value.UseRollups ? calendar.LastClosedDay : from.AddDays(-1);
        var closedTo = to < lastClosed ? to : lastClosed;
        if (from <= closedTo)
        {
            var rolled = await rollup.RolledUpDaysAsync(from, closedTo, cancellationToken).ConfigureAwait(false);
            var missing = Days(from, closedTo).Where(d => !rolled.Contains(d)).ToList();
            var computed = new ConcurrentDictionary<DateOnly, DayAggregate>();
            await Parallel.ForEachAsync(
                missing,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDays, CancellationToken = cancellationToken },
                async (day, token) => computed[day] = (await rollup.RollUpAsync(day, token).ConfigureAwait(false)).GetValueOrDefault(scope) ?? new DayAggregate()).ConfigureAwait(false);
            var stored = rolled.Count == 0 ? [] : await store.ReadAsync(scope, from, closedTo, parts, cancellationToken).ConfigureAwait(false);
            foreach (var day in Days(from, closedTo))
            {
                result[day] = computed.TryGetValue(day, out var fresh) ? fresh : stored.GetValueOrDefault(day) ?? new DayAggregate();
            }
        }

        var openFrom = closedTo >= from ? closedTo.AddDays(1) : from;
        var open = new ConcurrentDictionary<DateOnly, DayAggregate>();
        await Parallel.ForEachAsync(
            Days(openFrom, to),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDays, CancellationToken = cancellationToken },
            async (day, token) => open[day] = await OpenDayAsync(day, scope, token).ConfigureAwait(false)).ConfigureAwait(false);
        foreach (var (day, aggregate) in open)
        {
            result[day] = aggregate;
        }

        return result;
    }

    /// <summary>
    /// Every day of <c>[from, to]</c> of a filtered query, from raw events: rollups hold no page views to filter. Days
    /// whose raw events retention has deleted cannot be filtered: <see cref="RawEventsGoneException"/>.
    /// </summary>
    public async Task<SortedDictionary<DateOnly, DayAggregate>> GetFilteredAsync(string scope, DateOnly from, DateOnly to, IReadOnlyList<Queries.ReportFilter> filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var gone = (await store.ReadMarkersAsync(from, to, cancellationToken).ConfigureAwait(false)).Where(m => m.RawDeleted).Select(m => m.Day).ToList();
        if (gone.Count > 0)
        {
            throw new RawEventsGoneException(gone.Max());
        }

        var slug = scope == DayAggregator.AllArticles ? null : scope;
        var result = new ConcurrentDictionary<DateOnly, DayAggregate>();
        await Parallel.ForEachAsync(
            Days(from, to),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDays, CancellationToken = cancellationToken },
            async (day, token) =>
            {
                var pageViews = await raw.ReadDayAsync(day, slug, token).ConfigureAwait(false);
                var kept = pageViews.Where(p => filters.All(f => f.Matches(p)));
                result[day] = DayAggregator.Aggregate(kept).GetValueOrDefault(scope) ?? new DayAggregate();
            }).ConfigureAwait(false);
        return new SortedDictionary<DateOnly, DayAggregate>(result);
    }

    // Concurrent reports of the same open day (a dashboard asks four at once) share one read of its raw events.
    private Task<DayAggregate> OpenDayAsync(DateOnly day, string scope, CancellationToken cancellationToken) =>
        _openInFlight.RunAsync((day, scope), key => ComputeOpenDayAsync(key.Day, key.Scope), cancellationToken);

    private async Task<DayAggregate> ComputeOpenDayAsync(DateOnly day, string scope)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var slug = scope == DayAggregator.AllArticles ? null : scope;
        var pageViews = await raw.ReadDayAsync(day, slug, timeout.Token).ConfigureAwait(false);
        return DayAggregator.Aggregate(pageViews).GetValueOrDefault(scope) ?? new DayAggregate();
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
