using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content;

public sealed class ReadingTimeTests
{
    [Fact]
    public void WordsPerMinute_IsMediumsPublishedFigure()
    {
        Assert.Equal(265, ReadingTime.WordsPerMinute);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(264, 1)]
    [InlineData(265, 1)]
    [InlineData(266, 2)]
    [InlineData(530, 2)]
    [InlineData(531, 3)]
    [InlineData(904, 4)]
    [InlineData(1060, 4)]
    [InlineData(1061, 5)]
    public void Minutes_WordCount_IsCeilingOfWordsOver265WithMinimumOne(int words, int expected)
    {
        Assert.Equal(expected, ReadingTime.Minutes(words));
    }

    [Fact]
    public void Minutes_MaxInt_DoesNotOverflow()
    {
        Assert.Equal((int.MaxValue / 265) + 1, ReadingTime.Minutes(int.MaxValue));
    }

    [Fact]
    public void Minutes_NegativeWords_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingTime.Minutes(-1));
    }
}
