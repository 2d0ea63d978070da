using Azure.Data.Tables;
using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Rollups;

/// <summary>Reads and writes rollup rows and day markers.</summary>
public sealed class RollupStore(RollupTable rollups)
{
    private const int MaxBatch = 100;

    /// <summary>
    /// Writes every scope's rows of a day (entity-group transactions of up to 100 rows, one partition each), then the
    /// day's marker. Upserts replace, so a day rolled up twice (two instances, or a retry) ends the same.
    /// </summary>
    public async Task WriteDayAsync(DateOnly day, IReadOnlyDictionary<string, DayAggregate> scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var table = await rollups.GetAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (scope, aggregate) in scopes)
        {
            foreach (var chunk in RollupEntities.ToEntities(scope, day, aggregate).Chunk(MaxBatch))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
            }
        }

        await table.UpsertEntityAsync(new TableEntity(RollupKeys.MarkerPartition, RollupKeys.Marker(day)) { ["RawDeleted"] = false }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks a rolled-up day's raw events as deleted.</summary>
    public async Task MarkRawDeletedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var table = await rollups.GetAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(RollupKeys.MarkerPartition, RollupKeys.Marker(day)) { ["RawDeleted"] = true }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rolled-up days in <c>[from, to]</c>.</summary>
    public async Task<List<RollupMarker>> ReadMarkersAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var table = await rollups.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {RollupKeys.MarkerPartition} and RowKey ge {RollupKeys.Marker(from)} and RowKey le {RollupKeys.Marker(to)}");
        var markers = new List<RollupMarker>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", "RawDeleted"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            markers.Add(new RollupMarker(RollupKeys.ParseMarker(row.RowKey), row.GetBoolean("RawDeleted") == true));
        }

        return markers;
    }

    /// <summary>A scope's stored aggregates for <c>[from, to]</c>, only the rows <paramref name="parts"/> asks for. Days without rows are absent.</summary>
    public async Task<Dictionary<DateOnly, DayAggregate>> ReadAsync(string scope, DateOnly from, DateOnly to, RollupParts parts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var table = await rollups.GetAsync(cancellationToken).ConfigureAwait(false);
        var days = new Dictionary<DateOnly, DayAggregate>();
        DayAggregate DayOf(DateOnly day) => days.TryGetValue(day, out var a) ? a : days[day] = new DayAggregate();

        // Each part is one contiguous RowKey range; they are read concurrently and folded one after the other.
        var ranges = new List<(string From, string To)> { (RollupKeys.TotalsPrefix(from), RollupKeys.TotalsPrefix(to.AddDays(1))) };
        if (parts.Sections)
        {
            ranges.Add((RollupKeys.SectionPrefix(from), RollupKeys.SectionPrefix(to.AddDays(1))));
        }

        if (parts.Articles)
        {
            ranges.Add((RollupKeys.ArticlePrefix(from), RollupKeys.ArticlePrefix(to.AddDays(1))));
        }

        if (parts.Dimension is { } dimension)
        {
            ranges.Add((RollupKeys.BreakdownPrefix(dimension, from), RollupKeys.BreakdownPrefix(dimension, to.AddDays(1))));
        }

        var reads = ranges.Select(r => ReadRangeAsync(table, scope, r.From, r.To, cancellationToken)).ToList();
        foreach (var rows in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                RollupEntities.Apply(row, DayOf);
            }
        }

        return days;
    }

    private static async Task<List<TableEntity>> ReadRangeAsync(TableClient table, string scope, string from, string toExclusive, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {scope} and RowKey ge {from} and RowKey lt {toExclusive}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
