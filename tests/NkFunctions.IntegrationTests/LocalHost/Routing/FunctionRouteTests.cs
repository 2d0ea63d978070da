using NkFunctions.LocalHost.Routing;

namespace NkFunctions.IntegrationTests.LocalHost.Routing;

public sealed class FunctionRouteTests
{
    [Theory]
    [InlineData("api", "ping/{id}", "/api/ping/{id}")]
    [InlineData("", "/ping/", "/ping")]
    [InlineData("/api/", "", "/api")]
    [InlineData("", "", "/")]
    [InlineData(" v1/x ", "a/{*rest}", "/v1/x/a/{*rest}")]
    [InlineData("api", "{*path}", "/api/{*path}")]
    [InlineData("//api//", "//articles/{slug}//", "/api/articles/{slug}")]
    [InlineData(" / ", " / ", "/")]
    public void Combine_PrefixAndRoute_JoinedWithSingleSlashes(string prefix, string route, string expected)
    {
        Assert.Equal(expected, FunctionRoute.Combine(prefix, route));
    }

    [Fact]
    public void Combine_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FunctionRoute.Combine(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => FunctionRoute.Combine("api", null!));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("admin/functions/{name}")]
    [InlineData("/Admin/x")]
    [InlineData("administration")]
    [InlineData(" runtime/webhooks ")]
    public void IsReserved_RouteInTheHostsOwnSpace_True(string route)
    {
        Assert.True(FunctionRoute.IsReserved(route));
    }

    [Theory]
    [InlineData("{*path}")]
    [InlineData("articles/admin")]
    [InlineData("stats/summary")]
    [InlineData("")]
    public void IsReserved_OtherRoute_False(string route)
    {
        Assert.False(FunctionRoute.IsReserved(route));
    }
}
