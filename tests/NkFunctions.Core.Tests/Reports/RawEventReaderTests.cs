using Azure.Data.Tables;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Raw;

namespace NkFunctions.Core.Tests.Reports;

public sealed class RawEventReaderTests
{
    [Fact]
    public void Fold_TakesTheLargestCumulativeFigures_AndThePageViewEventsTraits()
    {
        var folder = new PageViewFolder();
        Fold(folder, "pageview", e => { e["Visitor"] = "v1"; e["Referrer"] = "news.example"; e["Device"] = "mobile"; });
        Fold(folder, "section", e => e["Section"] = "intro");
        Fold(folder, "engagement", e => { e["EngagedMs"] = 30_000; e["ScrollDepth"] = 70; e["SectionMs"] = "{\"intro\":20000}"; });
        Fold(folder, "engagement", e => { e["EngagedMs"] = 12_000; e["ScrollDepth"] = 40; e["SectionMs"] = "{\"intro\":9000,\"deep\":1000}"; });
        Fold(folder, "read", e => { e["EngagedMs"] = 31_000; e["Bot"] = true; });

        var facts = Assert.Single(folder.Complete());
        Assert.True(facts.HasPageView);
        Assert.True(facts.Read);
        Assert.True(facts.Bot);
        Assert.Equal("v1", facts.Visitor);
        Assert.Equal(31_000, facts.EngagedMs);
        Assert.Equal(70, facts.ScrollDepth);
        Assert.Equal(20_000, facts.SectionMs["intro"]);
        Assert.Equal(1_000, facts.SectionMs["deep"]);
        Assert.Equal(["intro"], facts.SectionsSeen);
        Assert.Equal("news.example", facts.Dimensions[(int)Dimension.Referrer]);
        Assert.Equal("mobile", facts.Dimensions[(int)Dimension.Device]);
        Assert.Null(facts.Dimensions[(int)Dimension.Partner]);
    }

    [Theory]
    [InlineData(null, "PartitionKey ge '20261125_' and PartitionKey lt '20261125`'")]
    [InlineData("nk", "PartitionKey ge '20261125_nk_' and PartitionKey lt '20261125_nk`'")]
    public void DayFilter_IsOnePartitionKeyRange(string? slug, string expected) =>
        Assert.Equal(expected, RawEventReader.DayFilter(new DateOnly(2026, 11, 25), slug));

    [Fact]
    public void DayFilter_ForOneSlug_ExcludesSlugsItPrefixes()
    {
        // "nk" must not read "nk-cells": '-' sorts before '_', so "20261125_nk-cells_0" < "20261125_nk_".
        Assert.True(string.CompareOrdinal("20261125_nk-cells_0", "20261125_nk_") < 0);
        Assert.True(string.CompareOrdinal("20261125_nkz_0", "20261125_nk`") > 0);
    }

    private static void Fold(PageViewFolder folder, string type, Action<TableEntity> set)
    {
        var entity = new TableEntity("p", Guid.NewGuid().ToString()) { ["Article"] = "a", ["PageView"] = "pv1", ["Type"] = type };
        set(entity);
        folder.Add(entity);
    }
}
