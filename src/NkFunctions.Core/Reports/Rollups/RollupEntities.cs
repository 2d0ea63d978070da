using System.Globalization;
using Azure.Data.Tables;
using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Rollups;

/// <summary>Maps a day's aggregate to rollup rows and back. Pure: unit-tested for a lossless round trip.</summary>
public static class RollupEntities
{
    /// <summary>The rows of one scope's day. Empty days write nothing: the marker alone says "zero".</summary>
    public static List<TableEntity> ToEntities(string scope, DateOnly day, DayAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var rows = new List<TableEntity>();
        if (aggregate.IsEmpty)
        {
            return rows;
        }

        rows.Add(WithTotals(new TableEntity(scope, RollupKeys.Totals(day)), aggregate));
        foreach (var (slug, article) in aggregate.Articles)
        {
            rows.Add(WithTotals(new TableEntity(scope, RollupKeys.Article(day, slug)) { ["Article"] = slug }, article));
        }

        foreach (var (sectionId, section) in aggregate.Sections)
        {
            rows.Add(new TableEntity(scope, RollupKeys.Section(day, sectionId))
            {
                ["Section"] = sectionId,
                ["Seen"] = section.Seen,
                ["Engaged"] = section.Engaged.Serialize(),
            });
        }

        foreach (var (dimension, values) in aggregate.Dimensions)
        {
            foreach (var (value, count) in values)
            {
                rows.Add(new TableEntity(scope, RollupKeys.Breakdown(dimension, day, value))
                {
                    ["Value"] = value,
                    ["Pageviews"] = count.Pageviews,
                    ["Visitors"] = count.Visitors,
                });
            }
        }

        return rows;
    }

    /// <summary>Folds one stored row into the aggregate of its day (the day is parsed from the row key).</summary>
    public static void Apply(TableEntity row, Func<DateOnly, DayAggregate> dayOf)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(dayOf);
        var key = row.RowKey;
        switch (key[0])
        {
            case 't':
                ReadTotals(row, dayOf(ParseDay(key, 2)));
                break;

            case 'a':
                ReadTotals(row, dayOf(ParseDay(key, 2)).ArticleTotals(row.GetString("Article") ?? string.Empty));
                break;

            case 's':
            {
                var section = dayOf(ParseDay(key, 2)).Section(row.GetString("Section") ?? string.Empty);
                section.Seen = Long(row, "Seen");
                section.Engaged.Merge(EngagedHistogram.Parse(row.GetString("Engaged")));
                break;
            }

            case 'd':
            {
                // d_{dimension}_{yyyyMMdd}_{value}: dimension names contain '_' (utm_source) and so may base64url
                // values, so the known names delimit the key, not the underscores.
                var dimension = DimensionNames.All.FirstOrDefault(d => key.StartsWith(RollupKeys.DimensionPrefix(d), StringComparison.Ordinal), (Dimension)(-1));
                if (dimension < 0)
                {
                    throw new FormatException($"Rollup row '{key}' names no known dimension.");
                }

                var dayStart = RollupKeys.DimensionPrefix(dimension).Length;
                var count = dayOf(ParseDay(key, dayStart)).For(dimension, row.GetString("Value") ?? DimensionNames.None);
                count.Pageviews = Long(row, "Pageviews");
                count.Visitors = Long(row, "Visitors");
                break;
            }

            default:
                throw new FormatException($"Unknown rollup row '{key}'.");
        }
    }

    private static TableEntity WithTotals(TableEntity row, DayAggregate aggregate)
    {
        row["Pageviews"] = aggregate.Pageviews;
        row["Visitors"] = aggregate.Visitors;
        row["Reads"] = aggregate.Reads;
        row["Bounces"] = aggregate.Bounces;
        row["Bots"] = aggregate.Bots;
        row["ScrollSum"] = aggregate.ScrollSum;
        row["ScrollCount"] = aggregate.ScrollCount;
        row["Engaged"] = aggregate.Engaged.Serialize();
        return row;
    }

    private static void ReadTotals(TableEntity row, DayAggregate into)
    {
        into.Pageviews = Long(row, "Pageviews");
        into.Visitors = Long(row, "Visitors");
        into.Reads = Long(row, "Reads");
        into.Bounces = Long(row, "Bounces");
        into.Bots = Long(row, "Bots");
        into.ScrollSum = Long(row, "ScrollSum");
        into.ScrollCount = Long(row, "ScrollCount");
        into.Engaged.Merge(EngagedHistogram.Parse(row.GetString("Engaged")));
    }

    private static DateOnly ParseDay(string key, int start) =>
        DateOnly.ParseExact(key.AsSpan(start, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    private static long Long(TableEntity row, string name) => row.GetInt64(name) ?? 0;
}
