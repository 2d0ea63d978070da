using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Reports.Sharing;

namespace NkFunctions.Core.Tests.Reports.Sharing;

public sealed class SharedScopeTests
{
    private const string Article = "nk-cells-in-pregnancy";

    private static SharedLink Link(string? article) => new("AAAAAAAAAAAAAAAA", "x", article, DateTimeOffset.UnixEpoch, null, null, "h");

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    [Fact]
    public void SiteLink_LeavesTheQueryAsItIs()
    {
        var request = Request("?article=other&from=2026-12-01");

        Assert.Null(SharedScope.Apply(request, Link(null)));
        Assert.Equal("other", request.Query["article"].ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?from=2026-12-01&filters=device==mobile")]
    [InlineData("?article=nk-cells-in-pregnancy")]
    [InlineData("?article=%20nk-cells-in-pregnancy%20")]
    [InlineData("?article=")]
    [InlineData("?filters=article==nk-cells-in-pregnancy;device==mobile")]
    [InlineData("?filters=articles==x")] // no such dimension: the parser's 400, not a widening
    public void ArticleLink_ForcesItsArticle_KeepingTheRest(string query)
    {
        var request = Request(query);
        var before = request.Query.Where(p => p.Key != "article").ToDictionary(p => p.Key, p => p.Value.ToString());

        Assert.Null(SharedScope.Apply(request, Link(Article)));
        Assert.Equal(Article, request.Query["article"].ToString());
        Assert.Equal(before, request.Query.Where(p => p.Key != "article").ToDictionary(p => p.Key, p => p.Value.ToString()));
    }

    [Theory]
    [InlineData("?article=other")]
    [InlineData("?article=nk-cells-in-pregnancy&article=other")]
    [InlineData("?filters=article==other")]
    [InlineData("?filters=article!=nk-cells-in-pregnancy")]
    [InlineData("?filters=device==mobile;%20article~nk")]
    public void ArticleLink_AnotherArticle_Refused(string query)
    {
        var refusal = SharedScope.Apply(Request(query), Link(Article));

        Assert.NotNull(refusal);
        Assert.Contains(Article, refusal, StringComparison.Ordinal);
    }
}
