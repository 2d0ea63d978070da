using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Tests.Embeds;

public sealed class EmbedSizeTests
{
    [Fact]
    public void NoLimits_GiveThePreferredWidth()
    {
        Assert.Equal(600, EmbedSize.For(1000, 3, 600, null, null).Width);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(199)]
    [InlineData(599)]
    public void MaxWidth_IsNeverExceeded(int maxWidth)
    {
        Assert.Equal(maxWidth, EmbedSize.For(1000, 3, 600, maxWidth, null).Width);
    }

    [Fact]
    public void MaxHeight_IsNeverExceeded()
    {
        var (_, unbounded) = EmbedSize.For(5000, 10, 600, null, null);

        Assert.Equal(100, EmbedSize.For(5000, 10, 600, null, 100).Height);
        Assert.Equal(unbounded, EmbedSize.For(5000, 10, 600, null, unbounded + 1).Height);
    }

    [Fact]
    public void LongerText_AndNarrowerWidth_AreTaller()
    {
        var shortText = EmbedSize.For(500, 2, 600, null, null).Height;
        var longText = EmbedSize.For(5000, 2, 600, null, null).Height;
        var narrow = EmbedSize.For(5000, 2, 600, 300, null).Height;

        Assert.True(longText > shortText);
        Assert.True(narrow > longText);
    }
}
