using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Tests.Http;

public sealed class EntityTagsTests
{
    private const string Current = "\"abc\"";

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("\"x\",W/\"abc\" ", true)]
    [InlineData("\"abcd\"", false)]
    [InlineData("\"ab\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    [InlineData(",,", false)]
    public void IfNoneMatchHits_Header_WeakComparison(string header, bool expected)
    {
        Assert.Equal(expected, EntityTags.IfNoneMatchHits(new StringValues(header), Current));
    }

    [Fact]
    public void IfNoneMatchHits_NoHeader_False()
    {
        Assert.False(EntityTags.IfNoneMatchHits(StringValues.Empty, Current));
    }

    [Fact]
    public void IfNoneMatchHits_SeveralHeaderLines_AnyMatches()
    {
        Assert.True(EntityTags.IfNoneMatchHits(new StringValues(["\"x\"", "\"abc\""]), Current));
    }
}
