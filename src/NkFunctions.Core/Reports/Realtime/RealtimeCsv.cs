using System.Globalization;
using NkFunctions.Core.Reports.Output;

namespace NkFunctions.Core.Reports.Realtime;

/// <summary>
/// The realtime report as one CSV table in long form, one row per figure, so the visitor count, the per-minute series
/// and the two top lists fit one file that filters and pivots in a spreadsheet:
/// <c>kind,minute,article,sectionId,title,count</c>, where kind is <c>visitors</c> (last 5 minutes),
/// <c>pageviews_per_minute</c>, <c>article</c> (visitors now) or <c>section</c> (readers now).
/// </summary>
public static class RealtimeCsv
{
    /// <summary>The CSV bytes.</summary>
    public static byte[] Write(RealtimeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new CsvWriter("kind", "minute", "article", "sectionId", "title", "count");
        csv.Text("visitors").Text(null).Text(report.Article).Text(null).Text(null).Number(report.Visitors).EndRow();
        foreach (var minute in report.PageviewsPerMinute)
        {
            csv.Text("pageviews_per_minute").Text(Minute(minute.Minute)).Text(report.Article).Text(null).Text(null).Number(minute.Pageviews).EndRow();
        }

        foreach (var article in report.TopArticles)
        {
            csv.Text("article").Text(null).Text(article.Article).Text(null).Text(article.Title).Number(article.Visitors).EndRow();
        }

        foreach (var section in report.TopSections)
        {
            csv.Text("section").Text(null).Text(section.Article).Text(section.SectionId).Text(section.Title).Number(section.Readers).EndRow();
        }

        return csv.ToBytes();
    }

    /// <summary><c>nk-realtime-{article|all}-{yyyy-MM-ddTHHmm}Z.csv</c>: the minute it was taken, so saved files sort in time.</summary>
    public static string FileName(RealtimeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"nk-realtime-{report.Article ?? "all"}-{report.At.UtcDateTime:yyyy-MM-dd'T'HHmm}Z.csv");
    }

    private static string Minute(DateTimeOffset minute) => minute.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
