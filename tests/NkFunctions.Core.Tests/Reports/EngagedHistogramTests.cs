using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Tests.Reports;

public sealed class EngagedHistogramTests
{
    [Fact]
    public void Median_Empty_IsZero() => Assert.Equal(0, new EngagedHistogram().Median());

    [Theory]
    [InlineData(new long[] { 41_250 }, 41)]
    [InlineData(new long[] { 1_000, 9_999, 30_000 }, 9)]
    [InlineData(new long[] { 1_000, 2_000, 5_000, 60_000 }, 3.5)]
    [InlineData(new long[] { 0, 0, 0, 7_000 }, 0)]
    [InlineData(new long[] { 5_000_000, 1_000 }, 900.5)]
    public void Median_IsTheMiddleWholeSecond_OrTheMeanOfTheTwoMiddles(long[] milliseconds, double expected)
    {
        var histogram = new EngagedHistogram();
        foreach (var ms in milliseconds)
        {
            histogram.AddMilliseconds(ms);
        }

        Assert.Equal(expected, histogram.Median());
    }

    [Fact]
    public void Merge_GivesTheMedianOfAllValues_NotTheMedianOfMedians()
    {
        // Day one: 1, 2, 3 s (median 2); day two: 100, 200 s (median 150). All five: 1, 2, 3, 100, 200 → 3.
        var one = Of(1, 2, 3);
        var two = Of(100, 200);
        one.Merge(two);
        Assert.Equal(3, one.Median());
        Assert.Equal(5, one.Count);
    }

    [Fact]
    public void SerializeThenParse_KeepsEveryBucket()
    {
        var histogram = Of(0, 0, 5, 1800, 42, 42, 42);
        var text = histogram.Serialize();
        Assert.Equal("0:2,5:1,42:3,1800:1", text);
        var parsed = EngagedHistogram.Parse(text);
        Assert.Equal(histogram.Count, parsed.Count);
        Assert.Equal(histogram.Median(), parsed.Median());
        Assert.Equal(text, parsed.Serialize());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("a:1")]
    [InlineData("1:-1")]
    [InlineData("1801:1")]
    public void Parse_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => EngagedHistogram.Parse(text));

    private static EngagedHistogram Of(params int[] seconds)
    {
        var histogram = new EngagedHistogram();
        foreach (var s in seconds)
        {
            histogram.AddMilliseconds(s * 1000L);
        }

        return histogram;
    }
}
