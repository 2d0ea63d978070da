using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.IntegrationTests.LocalHost.Admin;
using NkFunctions.IntegrationTests.LocalHost.Invocation;
using NkFunctions.LocalHost.Hosting;
using NkFunctions.LocalHost.Metadata;
using NkFunctions.LocalHost.Routing;

namespace NkFunctions.IntegrationTests.LocalHost.Routing;

/// <summary>
/// The local host routes as the Functions host does: routes in function-name order, first match wins, no precedence;
/// nothing matched is a bare 404. Staged on Kestrel with hand-written metadata and probe functions.
/// </summary>
public sealed class FunctionRouterTests
{
    // The defect the real host showed: a catch-all named "Fallback" sorts before "GetThing" and takes its requests.
    [Fact]
    public async Task CatchAllSortingFirst_TakesEveryRequest_AsInTheFunctionsHost()
    {
        await using var app = await StartAsync(
            AdminRoutingTests.Http("GetThing", "thing/{id}", nameof(ProbeFunctions.Number)) with { Methods = ["GET"] },
            AdminRoutingTests.Http("Fallback", "{*path}", nameof(ProbeFunctions.Text)));

        using var response = await Client(app).GetAsync(new Uri("/api/thing/7", UriKind.Relative));

        Assert.Equal("probe text", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CatchAllSortingLast_TakesOnlyWhatOthersLeave()
    {
        await using var app = await StartAsync(
            AdminRoutingTests.Http("GetThing", "thing/{id}", nameof(ProbeFunctions.Number)) with { Methods = ["GET"] },
            AdminRoutingTests.Http("Z_Fallback", "{*path}", nameof(ProbeFunctions.Text)));
        using var client = Client(app);

        using var thing = await client.GetAsync(new Uri("/api/thing/7", UriKind.Relative));
        using var wrongMethod = await client.DeleteAsync(new Uri("/api/thing/7", UriKind.Relative));

        Assert.Contains("\"number\":7", await thing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("probe text", await wrongMethod.Content.ReadAsStringAsync()); // the method constraint failed: next route
    }

    [Fact]
    public async Task NoRouteMatches_Bare404_AsTheHostsPipelineEnds()
    {
        await using var app = await StartAsync(AdminRoutingTests.Http("GetThing", "thing", nameof(ProbeFunctions.Text)) with { Methods = ["GET"] });
        using var client = Client(app);

        using var outside = await client.GetAsync(new Uri("/no-such-thing", UriKind.Relative));
        using var wrongMethod = await client.PostAsync(new Uri("/api/thing", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Empty(await outside.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode); // no 405 from the host: the route just did not match
        Assert.Empty(await wrongMethod.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Routes_AreMappedInNameOrderIgnoringCase()
    {
        await using var app = AdminRoutingTests.Build(
            new FunctionsMetadata(
                [Named("b"), Named("Z_Fallback"), Named("A"), Named("zeta"), Named("GetHealth")],
                [],
                []),
            "api",
            new ProbeTimerRuns());

        var routes = FunctionRouter.Build(app.Services);

        Assert.Equal(["A", "b", "GetHealth", "zeta", "Z_Fallback"], Enumerable.Range(0, routes.Count).Select(i => ((Route)routes[i]).Name));
    }

    private static HttpFunctionDescriptor Named(string name) => AdminRoutingTests.Http(name, name.ToLowerInvariant(), nameof(ProbeFunctions.Text));

    private static async Task<WebApplication> StartAsync(params HttpFunctionDescriptor[] functions)
    {
        var app = AdminRoutingTests.Build(new FunctionsMetadata(functions, [], []), "api", new ProbeTimerRuns());
        app.UseFunctionsHostRouting();
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) =>
        new() { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) };
}
