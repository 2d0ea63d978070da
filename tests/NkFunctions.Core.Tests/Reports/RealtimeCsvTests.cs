using System.Text;
using NkFunctions.Core.Reports.Realtime;

namespace NkFunctions.Core.Tests.Reports;

public sealed class RealtimeCsvTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 12, 30, 41, TimeSpan.Zero);

    [Fact]
    public void Write_OneRowPerFigure_InReportOrder_TitlesQuotedAndDefused()
    {
        var report = new RealtimeReport(
            null,
            At,
            4,
            [new MinuteCount(At.AddMinutes(-1).AddSeconds(-41), 2), new MinuteCount(At.AddSeconds(-41), 1)],
            [new ActiveArticle("nk-cells", "NK cells, explained", 3), new ActiveArticle("other", "=HYPERLINK(\"x\")", 1)],
            [new ActiveSection("nk-cells", "introduction", null, 2)]);

        var lines = Encoding.UTF8.GetString(RealtimeCsv.Write(report)).Split("\r\n");

        Assert.Equal(
            [
                "kind,minute,article,sectionId,title,count",
                "visitors,,,,,4",
                "pageviews_per_minute,2026-12-05T12:29Z,,,,2",
                "pageviews_per_minute,2026-12-05T12:30Z,,,,1",
                "article,,nk-cells,,\"NK cells, explained\",3",
                "article,,other,,\"'=HYPERLINK(\"\"x\"\")\",1",
                "section,,nk-cells,introduction,,2",
                string.Empty,
            ],
            lines);
    }

    [Fact]
    public void FileName_ScopeAndTheMinuteTaken()
    {
        var report = new RealtimeReport("nk-cells", At, 0, [], [], []);

        Assert.Equal("nk-realtime-nk-cells-2026-12-05T1230Z.csv", RealtimeCsv.FileName(report));
        Assert.Equal("nk-realtime-all-2026-12-05T1230Z.csv", RealtimeCsv.FileName(report with { Article = null }));
    }
}
