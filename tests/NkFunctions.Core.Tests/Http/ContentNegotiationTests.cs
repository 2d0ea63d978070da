using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Tests.Http;

public sealed class ContentNegotiationTests
{
    private static readonly string[] Offered = ["application/json", "text/html", "text/markdown", "text/plain"];

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("*/*", 0)]
    [InlineData("application/json", 0)]
    [InlineData("text/html", 1)]
    [InlineData("TEXT/HTML", 1)]
    [InlineData("text/markdown", 2)]
    [InlineData("text/plain", 3)]
    [InlineData("text/*", 1)]
    [InlineData("text/*;q=0.5, text/plain", 3)]
    [InlineData("text/plain;q=0.5, text/markdown", 2)]
    [InlineData("application/json;q=0.1, text/*;q=0.9", 1)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", 1)]
    [InlineData("*/*;q=0.1, text/markdown;q=0", 0)]
    [InlineData("image/png", -1)]
    [InlineData("application/json;q=0", -1)]
    [InlineData("text/*;q=0, application/json;q=0", -1)]
    [InlineData("not a media type", 0)]
    public void Choose_AcceptHeader_PicksBestOffer(string? accept, int expected)
    {
        // Twice: the second answer comes from the cache and must equal the first.
        Assert.Equal(expected, ContentNegotiation.Choose(new StringValues(accept), Offered));
        Assert.Equal(expected, ContentNegotiation.Choose(new StringValues(accept), Offered));
    }

    [Fact]
    public void Choose_SameAcceptDifferentOffers_AnswersPerOfferList()
    {
        string[] jsonOnly = ["application/json"];

        Assert.Equal(1, ContentNegotiation.Choose(new StringValues("text/html"), Offered));
        Assert.Equal(-1, ContentNegotiation.Choose(new StringValues("text/html"), jsonOnly));
    }

    [Fact]
    public void Choose_ManyDistinctHeaders_StillCorrectPastTheCacheLimit()
    {
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(3, ContentNegotiation.Choose(new StringValues($"text/plain, application/x-{i};q=0.1"), Offered));
        }
    }

    [Fact]
    public void Choose_SeveralAcceptHeaderLines_CombinesThem()
    {
        Assert.Equal(2, ContentNegotiation.Choose(new StringValues(["application/json;q=0.2", "text/markdown"]), Offered));
    }
}
