using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Reports.Raw;
using NkFunctions.Core.Reports.Rollups;

namespace NkFunctions.Core.Reports.Retention;

/// <summary>
/// The nightly retention (timer-triggered <c>ApplyRetention</c>): deletes raw events of days older than
/// <see cref="ReportOptions.RetentionDays"/>, but only of days whose rollup exists, so no figure is ever lost; and
/// deletes expired visitor-hash salts. Idempotent: a day's marker records that its raw events are gone.
/// </summary>
public sealed class RetentionJob(
    RollupStore rollups,
    EventTable events,
    ISaltStore salts,
    ReportCalendar calendar,
    IOptions<ReportOptions> options,
    ILogger<RetentionJob> logger)
{
    private const int MaxBatch = 100;

    /// <summary>Applies the policy once.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        // Days before the cutoff are past retention; the cutoff day itself is the oldest day kept.
        var cutoff = calendar.Today.AddDays(-options.Value.RetentionDays);
        var markers = await rollups.ReadMarkersAsync(DateOnly.MinValue, cutoff.AddDays(-1), cancellationToken).ConfigureAwait(false);
        var table = await events.GetAsync(cancellationToken).ConfigureAwait(false);
        var days = 0;
        var deleted = 0;
        foreach (var marker in markers.Where(m => !m.RawDeleted))
        {
            var count = await DeleteDayAsync(table, marker.Day, cancellationToken).ConfigureAwait(false);
            await rollups.MarkRawDeletedAsync(marker.Day, cancellationToken).ConfigureAwait(false);
            ReportsLog.RawDayDeleted(logger, count, marker.Day);
            days++;
            deleted += count;
        }

        var saltsDeleted = await salts.DeleteExpiredAsync(calendar.Today, cancellationToken).ConfigureAwait(false);
        ReportsLog.RetentionDone(logger, days, cutoff, saltsDeleted);
        return new RetentionResult(days, deleted, saltsDeleted);
    }

    private static async Task<int> DeleteDayAsync(TableClient table, DateOnly day, CancellationToken cancellationToken)
    {
        var keys = new List<(string Partition, string Row)>();
        await foreach (var row in table.QueryAsync<TableEntity>(RawEventReader.DayFilter(day, slug: null), maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keys.Add((row.PartitionKey, row.RowKey));
        }

        // One entity-group transaction per 100 rows of a partition: a day of 33,000 events is ~330 calls, not 33,000.
        foreach (var partition in keys.GroupBy(k => k.Partition, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(k.Partition, k.Row), Azure.ETag.All)),
                    cancellationToken).ConfigureAwait(false);
            }
        }

        return keys.Count;
    }
}

/// <summary>What one retention run did.</summary>
/// <param name="Days">Days whose raw events were deleted.</param>
/// <param name="Events">Raw events deleted.</param>
/// <param name="Salts">Expired salts deleted.</param>
public sealed record RetentionResult(int Days, int Events, int Salts);
