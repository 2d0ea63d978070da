using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Http;
using NkFunctions.IntegrationTests.LocalHost.Invocation;
using NkFunctions.LocalHost.Admin;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.IntegrationTests.LocalHost.Admin;

/// <summary>
/// The admin endpoint's handler on probe functions of this assembly (a catalog built from functions.metadata-style
/// descriptors), so failures, slow functions and shutdown can be staged; the app's own timer functions are run through
/// the real host in AdminEndpointTests.
/// </summary>
public sealed class AdminInvokeEndpointTests : IDisposable
{
    private const string Key = "admin-probe-key-Q7v2";
    private const string FunctionLevelKey = "function-probe-key-M3k8";
    private const int FunctionFailedEventId = 10;

    private readonly ProbeTimerRuns _runs = new();
    private readonly CapturingLogger _logger = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ServiceProvider _services;

    public AdminInvokeEndpointTests()
    {
        var services = new ServiceCollection();

        // ASP.NET Core's own results (the problems without the app's ApiResults) log through the request's services.
        services.AddLogging();
        services.AddSingleton(_runs);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public void Dispose()
    {
        _services.Dispose();
        _stopping.Dispose();
    }

    [Fact]
    public async Task Post_TimerFunction_202OnlyAfterItCompleted()
    {
        var response = await PostAsync(nameof(ProbeTimerFunctions.RecordsLater));

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Equal(nameof(ProbeTimerFunctions.RecordsLater), Assert.Single(_runs.Runs).Function);
    }

    [Fact]
    public async Task Post_TimerFunction_GetsTimerInfoAndTheHostShutdownToken()
    {
        await PostAsync(nameof(ProbeTimerFunctions.Records));

        var run = Assert.Single(_runs.Runs);
        Assert.False(run.Timer.IsPastDue);
        Assert.Null(run.Timer.ScheduleStatus);
        Assert.Equal(_stopping.Token, run.CancellationToken);
    }

    [Theory]
    [InlineData("records")]
    [InlineData("RECORDS")]
    public async Task Post_NameInAnotherCase_SameFunction(string name)
    {
        var response = await PostAsync(name);

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
        Assert.Single(_runs.Runs);
    }

    [Fact]
    public async Task Post_KeyAsCodeQuery_Runs()
    {
        var response = await PostAsync(nameof(ProbeTimerFunctions.Records), key: null, arrange: c => c.Request.QueryString = QueryString.Create(FunctionKeyCheck.QueryName, Key));

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_FunctionThrows_500FunctionFailedWithoutDetailsAndErrorLogged(bool appProblems)
    {
        var response = await PostAsync(nameof(ProbeTimerFunctions.Throws), appProblems: appProblems);

        Assert.Equal(StatusCodes.Status500InternalServerError, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        var problem = response.Json<JsonElement>();
        Assert.Equal("function-failed", problem.GetProperty("code").GetString());
        Assert.Contains(nameof(ProbeTimerFunctions.Throws), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);

        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(FunctionFailedEventId, error.EventId.Id);
        Assert.Contains(nameof(ProbeTimerFunctions.Throws), error.Message, StringComparison.Ordinal);
        Assert.Equal(ProbeFunctions.SecretFailure, Assert.IsType<InvalidOperationException>(error.Exception).Message);
    }

    [Fact]
    public async Task Post_HostStopsWhileFunctionRuns_FunctionCanceledAnd503()
    {
        var response = PostAsync(nameof(ProbeTimerFunctions.UntilCanceled));

        await _stopping.CancelAsync();

        var answered = await response.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, answered.Status);
        Assert.Equal("host-stopping", answered.Json<JsonElement>().GetProperty("code").GetString());
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(nameof(ProbeTimerFunctions.UntilCanceled), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"input": "2026-11-24"}""")]
    [InlineData("""{"input": 5}""")]
    [InlineData("""{"input": true}""")]
    [InlineData("""{"input": null}""")]
    [InlineData("""{"input": "x", "other": [1, {"a": 2}]}""")]
    public async Task Post_InputBody_Runs(string body)
    {
        var response = await PostAsync(nameof(ProbeTimerFunctions.Records), body: body);

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
        Assert.Single(_runs.Runs);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("nope")]
    [InlineData("[]")]
    [InlineData("\"input\"")]
    [InlineData("""{"input": {"a": 1}}""")]
    [InlineData("""{"input": [1]}""")]
    [InlineData("""{"input": "x"} trailing""")]
    public async Task Post_BodyThatDoesNotBind_Bare400AndNotRun(string body)
    {
        var response = await PostAsync(nameof(ProbeTimerFunctions.Records), body: body, appProblems: true);

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Empty(_runs.Runs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/jsonx")]
    [InlineData("not a media type")]
    public async Task Post_NotAJsonContentType_Bare415AndNotRun(string? contentType)
    {
        var response = await PostAsync(nameof(ProbeTimerFunctions.Records), contentType: contentType);

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Empty(_runs.Runs);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyOverTheLimit_413AndNotRun(bool declaresLength)
    {
        var body = "{\"input\": \"" + new string('x', InvocationBody.MaxBytes) + "\"}";

        var response = await PostAsync(nameof(ProbeTimerFunctions.Records), body: body, declareLength: declaresLength);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, response.Status);
        Assert.Equal("body-too-large", response.Json<JsonElement>().GetProperty("code").GetString());
        Assert.Empty(_runs.Runs);
    }

    [Fact]
    public async Task Post_HttpFunction_202AsTheHost_NotRunAndTheLogNamesItsRoute()
    {
        var response = await PostAsync("ping", appProblems: true);

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("GET,HEAD] /api/ping", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_QueueFunction_501()
    {
        var response = await PostAsync("Drain", appProblems: true);

        Assert.Equal(StatusCodes.Status501NotImplemented, response.Status);
        Assert.Equal("trigger-not-supported", response.Json<JsonElement>().GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_UnknownFunction_Bare404()
    {
        var response = await PostAsync("NoSuchFunction-zz9", appProblems: true);

        Assert.Equal(StatusCodes.Status404NotFound, response.Status);
        Assert.Equal(string.Empty, response.Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-5c1")]
    [InlineData("")]
    public async Task Post_WithoutTheKey_Bare401EvenForAnUnknownNameOrABadBody(string? key)
    {
        foreach (var name in (string[])[nameof(ProbeTimerFunctions.Records), "NoSuchFunction"])
        {
            var response = await PostAsync(name, key: key, body: "nope");

            Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
            Assert.Equal(string.Empty, response.Body);
            Assert.Equal("Bearer", response.Headers["WWW-Authenticate"]);
        }

        Assert.Empty(_runs.Runs);
    }

    // The host's admin policy: a function key authenticates but is not authorized for the admin API.
    [Fact]
    public async Task Post_FunctionKey_Bare403BeforeTheBodyIsRead()
    {
        var response = await PostAsync(nameof(ProbeTimerFunctions.Records), key: FunctionLevelKey, body: "nope");

        Assert.Equal(StatusCodes.Status403Forbidden, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Empty(_runs.Runs);
    }

    // The host authorizes its management actions before anything else; methods it has no action for are a 404 first.
    [Theory]
    [InlineData("GET", null, StatusCodes.Status401Unauthorized)]
    [InlineData("PUT", FunctionLevelKey, StatusCodes.Status403Forbidden)]
    [InlineData("DELETE", "wrong-key", StatusCodes.Status401Unauthorized)]
    [InlineData("PATCH", null, StatusCodes.Status404NotFound)]
    public async Task OtherMethod_WithoutTheMasterKey_AsTheHost(string method, string? key, int status)
    {
        var response = await SendAsync(method, nameof(ProbeTimerFunctions.Records), key, "{}", "application/json", appProblems: true, declareLength: true, arrange: null);

        Assert.Equal(status, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Empty(_runs.Runs);
    }

    [Theory]
    [InlineData("GET", StatusCodes.Status501NotImplemented)]
    [InlineData("PUT", StatusCodes.Status501NotImplemented)]
    [InlineData("DELETE", StatusCodes.Status501NotImplemented)]
    [InlineData("HEAD", StatusCodes.Status404NotFound)]
    [InlineData("OPTIONS", StatusCodes.Status404NotFound)]
    [InlineData("PATCH", StatusCodes.Status404NotFound)]
    public async Task OtherMethod_NotRun(string method, int status)
    {
        foreach (var appProblems in (bool[])[false, true])
        {
            var response = await SendAsync(method, nameof(ProbeTimerFunctions.Records), Key, "{}", "application/json", appProblems, declareLength: true, arrange: null);

            Assert.Equal(status, response.Status);
        }

        Assert.Empty(_runs.Runs);
    }

    [Fact]
    public void PathFor_EscapesTheName()
    {
        Assert.Equal("/admin/functions/RollupClosedDays", AdminInvokeEndpoint.PathFor("RollupClosedDays"));
        Assert.Equal("/admin/functions/a%20b", AdminInvokeEndpoint.PathFor("a b"));
    }

    private Task<ProbeResponse> PostAsync(
        string name,
        string? key = Key,
        string body = "{}",
        string? contentType = "application/json",
        bool appProblems = false,
        bool declareLength = true,
        Action<HttpContext>? arrange = null) =>
        SendAsync(HttpMethods.Post, name, key, body, contentType, appProblems, declareLength, arrange);

    private Task<ProbeResponse> SendAsync(string method, string name, string? key, string body, string? contentType, bool appProblems, bool declareLength, Action<HttpContext>? arrange)
    {
        var endpoint = new AdminInvokeEndpoint(Catalog(), FunctionKey(), new LocalHostProblems(appProblems ? AppResults() : null), _logger, _stopping.Token);
        return ProbeExchange.RunAsync(_services, method, AdminInvokeEndpoint.PathFor(name), endpoint.InvokeAsync, context =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.RouteValues["name"] = name;
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = declareLength ? bytes.Length : null;
            context.Request.ContentType = contentType;
            if (key is not null)
            {
                context.Request.Headers[FunctionKeyCheck.HeaderName] = key;
            }

            arrange?.Invoke(context);
        });
    }

    private AdminFunctionCatalog Catalog()
    {
        string[] timers = [nameof(ProbeTimerFunctions.Records), nameof(ProbeTimerFunctions.RecordsLater), nameof(ProbeTimerFunctions.UntilCanceled), nameof(ProbeTimerFunctions.Throws)];
        var metadata = new FunctionsMetadata(
            [new HttpFunctionDescriptor("Ping", "App.Ping.Run", "App.dll", "ping", ["GET", "HEAD"], FunctionAuthLevel.Anonymous, [])],
            timers.Select(t => TimerFunctionInvokerTests.Describe(t)).ToList(),
            [new FunctionDescriptor("Drain", "App.Drain.Run", "App.dll", "queueTrigger")]);
        return AdminFunctionCatalog.Create(metadata, "api", _services.GetRequiredService<IServiceProviderIsService>());
    }

    private static FunctionKey FunctionKey() =>
        NkFunctions.LocalHost.Keys.FunctionKey.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [NkFunctions.LocalHost.Keys.FunctionKey.ConfigurationKey] = FunctionLevelKey,
            [NkFunctions.LocalHost.Keys.FunctionKey.AdminConfigurationKey] = Key,
        }).Build());

    private static ApiResults AppResults() =>
        new(new ResponseConventions(Options.Create(new CorsOptions()), Options.Create(new CachingOptions())));
}
