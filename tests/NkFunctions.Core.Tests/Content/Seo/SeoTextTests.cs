using NkFunctions.Core.Content.Seo;

namespace NkFunctions.Core.Tests.Content.Seo;

public sealed class SeoTextTests
{
    [Theory]
    [InlineData("Short title", 60, "Short title")]
    [InlineData("  spaced \n  out  ", 60, "spaced out")]
    [InlineData("one two three four", 13, "one two…")]
    [InlineData("one two, three", 10, "one two…")]
    [InlineData("abcdefghijklmnop", 8, "abcdefg…")]
    public void Fit_CutsOnAWordBoundaryWithAnEllipsis(string text, int max, string expected)
    {
        var fitted = SeoText.Fit(text, max);

        Assert.Equal(expected, fitted);
        Assert.True(fitted.Length <= max);
    }

    [Fact]
    public void Fit_TextOfExactlyTheLimit_IsKeptWhole()
    {
        var text = new string('a', 80) + " " + new string('b', 79);

        Assert.Equal(text, SeoText.Fit(text, SeoText.MaxDescription));
    }
}
