using NkFunctions.Routing;

namespace NkFunctions.IntegrationTests.Hosting;

/// <summary>The fallback's route table, on paths the host has already decoded once.</summary>
public sealed class HttpRouteTableTests
{
    private readonly HttpRouteTable _routes = new();

    [Theory]
    [InlineData("articles/%00")] // found by the property tests: a double-encoded NUL was decoded a second time and threw (500)
    [InlineData("articles/%zz")]
    [InlineData("articles/%2F")]
    public void AllowFor_PercentSignsInADecodedPath_MatchedAsText(string path)
    {
        Assert.Equal("GET, HEAD, OPTIONS", _routes.AllowFor(path));
    }

    [Fact]
    public void AllowFor_EscapedSlash_NotDecodedIntoAnotherRoute()
    {
        // "articles/x%2Fsections%2Fy" is one segment, not articles/{slug}/sections/{sectionId}.
        Assert.Equal("GET, HEAD, OPTIONS", _routes.AllowFor("articles/x%2Fsections%2Fy"));
        Assert.Null(_routes.AllowFor("nothing/here"));
    }
}
