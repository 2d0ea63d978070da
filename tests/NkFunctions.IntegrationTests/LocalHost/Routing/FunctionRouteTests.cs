using NkFunctions.LocalHost.Routing;

namespace NkFunctions.IntegrationTests.LocalHost.Routing;

public sealed class FunctionRouteTests
{
    // The host's WebJobsRouteBuilder.BuildRouteTemplate: prefix + '/' + route, nothing trimmed; the name when the route is empty.
    [Theory]
    [InlineData("api", "ping/{id}", "Ping", "api/ping/{id}")]
    [InlineData("", "ping", "Ping", "ping")]
    [InlineData("api", "", "Ping", "api/Ping")]
    [InlineData("", "", "Ping", "Ping")]
    [InlineData("api", "{*path}", "Z_Fallback", "api/{*path}")]
    [InlineData("v1/x", "a/{*rest}", "A", "v1/x/a/{*rest}")]
    public void Template_AsTheHostBuildsIt(string prefix, string route, string name, string expected)
    {
        Assert.Equal(expected, FunctionRoute.Template(prefix, route, name));
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
