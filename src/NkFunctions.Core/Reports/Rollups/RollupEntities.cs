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

        rows.Add(new TableEntity(scope, RollupKeys.Totals(day))
        {
            ["Pageviews"] = aggregate.Pageviews,
            ["Visitors"] = aggregate.Visitors,
            ["Reads"] = aggregate.Reads,
            ["Bounces"] = aggregate.Bounces,
            ["Bots"] = aggregate.Bots,
            ["ScrollSum"] = aggregate.ScrollSum,
            ["ScrollCount"] = aggregate.ScrollCount,
            ["Engaged"] = aggregate.Engaged.Serialize(),
        });
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
            {
                var day = dayOf(ParseDay(key, 2));
                day.Pageviews = Long(row, "Pageviews");
                day.Visitors = Long(row, "Visitors");
                day.Reads = Long(row, "Reads");
                day.Bounces = Long(row, "Bounces");
                day.Bots = Long(row, "Bots");
                day.ScrollSum = Long(row, "ScrollSum");
                day.ScrollCount = Long(row, "ScrollCount");
                day.Engaged.Merge(EngagedHistogram.Parse(row.GetString("Engaged")));
                break;
            }

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

    private static DateOnly ParseDay(string key, int start) =>
        DateOnly.ParseExact(key.AsSpan(start, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    private static long Long(TableEntity row, string name) => row.GetInt64(name) ?? 0;
}
