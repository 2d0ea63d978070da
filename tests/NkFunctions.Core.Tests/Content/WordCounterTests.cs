using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\t ", 0)]
    [InlineData("one", 1)]
    [InlineData("one two  three", 3)]
    [InlineData("one\ntwo\n\nthree\tfour", 4)]
    [InlineData("  leading and trailing  ", 3)]
    [InlineData("natural killer (NK) cells", 4)]
    [InlineData("omega-3 fatty acids", 3)]
    [InlineData("I’ve learned it’s", 3)]
    [InlineData("10-30 and 2026", 3)]
    [InlineData("Ça va, Éléphant?", 3)]
    public void Count_Text_CountsWhitespaceSeparatedTokens(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.Count(text));
    }

    [Theory]
    [InlineData("a - b", 2)]
    [InlineData("x & y", 2)]
    [InlineData("— … !!! ---", 0)]
    [InlineData("\"quoted\" (x)", 2)]
    public void Count_PunctuationOnlyTokens_AreNotWords(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.Count(text));
    }
}
