using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.IntegrationTests.LocalHost.Invocation;
using NkFunctions.LocalHost.Admin;
using NkFunctions.LocalHost.Hosting;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;
using NkFunctions.LocalHost.Routing;

namespace NkFunctions.IntegrationTests.LocalHost.Admin;

/// <summary>
/// The admin route against function routes, on Kestrel with hand-written metadata: the app's host.json prefix ("api")
/// keeps its catch-all away from /admin anyway, so these stage the cases that prefix hides.
/// </summary>
public sealed class AdminRoutingTests
{
    private const string Key = "routing-key-8b1";
    private const string AdminKey = "routing-admin-key-2f4";

    [Fact]
    public async Task EmptyRoutePrefix_CatchAllFunctionDoesNotShadowTheAdminRoute()
    {
        var catchAll = Http("CatchAll", "{*path}", nameof(ProbeFunctions.Text));
        var timer = TimerFunctionInvokerTests.Describe(nameof(ProbeTimerFunctions.Records));
        var runs = new ProbeTimerRuns();
        await using var app = Build(new FunctionsMetadata([catchAll], [timer], []), routePrefix: string.Empty, runs);
        app.UseFunctionsHostRouting();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) };

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/functions/Records", UriKind.Relative));
        request.Headers.Add(FunctionKeyCheck.HeaderName, AdminKey);
        request.Content = JsonContent.Create(new { input = "" });
        using var admin = await client.SendAsync(request);
        using var other = await client.GetAsync(new Uri("/admin/elsewhere", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Accepted, admin.StatusCode);
        Assert.Single(runs.Runs);
        Assert.Equal("probe text", await other.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    [Theory]
    [InlineData("admin/tools")]
    [InlineData("Administration")]
    [InlineData("runtime/x")]
    public async Task FunctionRouteInTheHostsReservedSpace_RefusedAtStartupLikeTheFunctionsHost(string route)
    {
        await using var app = Build(new FunctionsMetadata([Http("Tools", route, nameof(ProbeFunctions.Text))], [], []), "api", new ProbeTimerRuns());

        var ex = Assert.Throws<InvalidOperationException>(() => app.UseFunctionsHostRouting());

        Assert.Contains("Function 'Tools'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("conflicts with one or more built in routes", ex.Message, StringComparison.Ordinal);
    }

    internal static HttpFunctionDescriptor Http(string name, string route, string method) =>
        new(name, $"{typeof(ProbeFunctions).FullName}.{method}", typeof(ProbeFunctions).Assembly.GetName().Name + ".dll", route, [], FunctionAuthLevel.Anonymous, []);

    internal static WebApplication Build(FunctionsMetadata metadata, string routePrefix, ProbeTimerRuns runs)
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", $"--{FunctionKey.ConfigurationKey}={Key}", $"--{FunctionKey.AdminConfigurationKey}={AdminKey}"]);
        builder.Services.AddSingleton(new LocalHostFunctions(metadata, routePrefix, "test metadata"));
        builder.Services.AddSingleton(FunctionKey.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton(runs);
        builder.Services.AddSingleton<ProbeCalls>();
        return builder.Build();
    }
}
