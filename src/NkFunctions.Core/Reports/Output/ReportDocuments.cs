using System.Text.Json;

namespace NkFunctions.Core.Reports.Output;

/// <summary>Writes report rows as JSON or CSV bytes; CSV columns follow the JSON field names.</summary>
public static class ReportDocuments
{
    /// <summary>The summary as JSON.</summary>
    public static byte[] Json(SummaryRow row) => JsonSerializer.SerializeToUtf8Bytes(row, ReportsJsonContext.Default.SummaryRow);

    /// <summary>A time series as JSON.</summary>
    public static byte[] Json(IReadOnlyList<TimeseriesRow> rows) => JsonSerializer.SerializeToUtf8Bytes(rows, ReportsJsonContext.Default.IReadOnlyListTimeseriesRow);

    /// <summary>A funnel as JSON.</summary>
    public static byte[] Json(IReadOnlyList<SectionRow> rows) => JsonSerializer.SerializeToUtf8Bytes(rows, ReportsJsonContext.Default.IReadOnlyListSectionRow);

    /// <summary>A breakdown as JSON.</summary>
    public static byte[] Json(IReadOnlyList<BreakdownRow> rows) => JsonSerializer.SerializeToUtf8Bytes(rows, ReportsJsonContext.Default.IReadOnlyListBreakdownRow);

    /// <summary>Top articles as JSON.</summary>
    public static byte[] Json(IReadOnlyList<ArticleRow> rows) => JsonSerializer.SerializeToUtf8Bytes(rows, ReportsJsonContext.Default.IReadOnlyListArticleRow);

    /// <summary>The summary as CSV: one row, and the compared period's as a second row (its dates tell it apart).</summary>
    public static byte[] Csv(SummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var rows = row.Previous is { } previous ? new[] { row, previous } : [row];
        return Csv(rows, ["article", "from", "to", "pageviews", "visitors", "reads", "readRatio", "medianEngagedSeconds", "avgScrollDepth", "bounceRate", "bots"], (csv, r) =>
            csv.Text(r.Article ?? "(all)").Date(r.From).Date(r.To).Number(r.Pageviews).Number(r.Visitors).Number(r.Reads)
                .Number(r.ReadRatio).Number(r.MedianEngagedSeconds).Number(r.AvgScrollDepth).Number(r.BounceRate).Number(r.Bots));
    }

    /// <summary>A time series as CSV; compared, each row also carries its compared interval's figures (empty where it has none).</summary>
    public static byte[] Csv(IReadOnlyList<TimeseriesRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!rows.Any(r => r.Previous is not null))
        {
            return Csv(rows, ["date", "pageviews", "visitors", "reads", "medianEngagedSeconds"], (csv, r) => TimeseriesCells(csv, r));
        }

        return Csv(rows, ["date", "pageviews", "visitors", "reads", "medianEngagedSeconds", "previousDate", "previousPageviews", "previousVisitors", "previousReads", "previousMedianEngagedSeconds"], (csv, r) =>
        {
            TimeseriesCells(csv, r);
            if (r.Previous is { } p)
            {
                TimeseriesCells(csv, p);
            }
            else
            {
                csv.Text(null).Text(null).Text(null).Text(null).Text(null);
            }
        });
    }

    private static CsvWriter TimeseriesCells(CsvWriter csv, TimeseriesRow r) =>
        csv.Date(r.Date).Number(r.Pageviews).Number(r.Visitors).Number(r.Reads).Number(r.MedianEngagedSeconds);

    /// <summary>A funnel as CSV.</summary>
    public static byte[] Csv(IReadOnlyList<SectionRow> rows) =>
        Csv(rows, ["sectionId", "title", "seen", "seenRatio", "medianEngagedSeconds"], (csv, r) => csv.Text(r.SectionId).Text(r.Title).Number(r.Seen).Number(r.SeenRatio).Number(r.MedianEngagedSeconds));

    /// <summary>A breakdown as CSV; goals and goal properties (<paramref name="conversions"/>) with their conversion rate.</summary>
    public static byte[] Csv(IReadOnlyList<BreakdownRow> rows, bool conversions) => conversions
        ? Csv(rows, ["value", "pageviews", "visitors", "conversionRate"], (csv, r) => csv.Text(r.Value).Number(r.Pageviews).Number(r.Visitors).Number(r.ConversionRate ?? 0))
        : Csv(rows, ["value", "pageviews", "visitors"], (csv, r) => csv.Text(r.Value).Number(r.Pageviews).Number(r.Visitors));

    /// <summary>Top articles as CSV.</summary>
    public static byte[] Csv(IReadOnlyList<ArticleRow> rows) =>
        Csv(rows, ["value", "title", "pageviews", "visitors", "reads", "readRatio", "medianEngagedSeconds", "avgScrollDepth"], (csv, r) =>
            csv.Text(r.Value).Text(r.Title).Number(r.Pageviews).Number(r.Visitors).Number(r.Reads).Number(r.ReadRatio).Number(r.MedianEngagedSeconds).Number(r.AvgScrollDepth));

    private static byte[] Csv<T>(IReadOnlyList<T> rows, string[] header, Action<CsvWriter, T> writeRow)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter(header);
        foreach (var row in rows)
        {
            writeRow(csv, row);
            csv.EndRow();
        }

        return csv.ToBytes();
    }
}
