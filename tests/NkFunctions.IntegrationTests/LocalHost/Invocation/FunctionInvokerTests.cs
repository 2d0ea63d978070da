using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Http;
using NkFunctions.Core.Http.Filters;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;
using NkFunctions.LocalHost.Routing;

namespace NkFunctions.IntegrationTests.LocalHost.Invocation;

/// <summary>
/// FunctionInvokerFactory and FunctionInvoker on probe functions of this assembly (found by scriptFile, like the app's),
/// invoked with a DefaultHttpContext and request services built here.
/// </summary>
public sealed class FunctionInvokerTests : IDisposable
{
    private const string Key = "probe-key-Zq81_x";
    private const string AdminKey = "probe-admin-key-Pw20";
    private const int FunctionFailedEventId = 10;

    private readonly ProbeCalls _calls = new();
    private readonly CapturingLogger _logger = new();
    private readonly ServiceProvider _services;

    public FunctionInvokerTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMvcCore();
        services.AddSingleton(_calls);

        // Not ValidateOnBuild: AddMvcCore alone registers controller services whose dependencies only AddControllers adds.
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Invoke_ReturnsIResult_ResultExecuted()
    {
        var response = await InvokeAsync(nameof(ProbeFunctions.Text));

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
        Assert.Equal("text/plain", response.MediaType);
        Assert.Equal("probe text", response.Body);
        Assert.Equal([nameof(ProbeFunctions.Text)], _calls.Calls);
    }

    [Fact]
    public async Task Invoke_FilterRefuses_ItsResultAnswersAndTheFunctionNeverRuns()
    {
        var filter = new RefuseFilter(nameof(ProbeFunctions.Text));
        var invoker = Create(Describe(nameof(ProbeFunctions.Text)), filters: new RequestFilters([filter]));

        var response = await ProbeExchange.RunAsync(_services, HttpMethods.Get, "/api/probe", invoker.InvokeAsync);

        Assert.Equal(StatusCodes.Status429TooManyRequests, response.Status);
        Assert.Equal([nameof(ProbeFunctions.Text)], filter.Seen);
        Assert.Empty(_calls.Calls);
    }

    [Fact]
    public async Task Invoke_FilterLetsThrough_FunctionRuns()
    {
        var filter = new RefuseFilter("SomeOtherFunction");
        var invoker = Create(Describe(nameof(ProbeFunctions.Text)), filters: new RequestFilters([filter]));

        var response = await ProbeExchange.RunAsync(_services, HttpMethods.Get, "/api/probe", invoker.InvokeAsync);

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
        Assert.Equal([nameof(ProbeFunctions.Text)], _calls.Calls);
    }

    [Fact]
    public async Task Invoke_WithoutKey_401BeforeAnyFilterRuns()
    {
        var filter = new RefuseFilter(nameof(ProbeFunctions.Text));
        var invoker = Create(Describe(nameof(ProbeFunctions.Text), auth: FunctionAuthLevel.Function), filters: new RequestFilters([filter]));

        var response = await ProbeExchange.RunAsync(_services, HttpMethods.Get, "/api/probe", invoker.InvokeAsync);

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        Assert.Empty(filter.Seen);
    }

    [Fact]
    public async Task Invoke_ReturnsIActionResult_ExecutedAsJson()
    {
        var response = await InvokeAsync(nameof(ProbeFunctions.Action));

        Assert.Equal(StatusCodes.Status201Created, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(new ProbeValue("action", 1), response.Json<ProbeValue>());
    }

    [Fact]
    public async Task Invoke_Void_200Empty()
    {
        var response = await InvokeAsync(nameof(ProbeFunctions.Nothing), arrange: c => c.Request.Method = HttpMethods.Post);

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Null(response.ContentType);
        Assert.Equal(["Nothing POST"], _calls.Calls);
    }

    [Theory]
    [InlineData(nameof(ProbeFunctions.ValueLater), "later", 2)]
    [InlineData(nameof(ProbeFunctions.ValueNow), "now", 3)]
    public async Task Invoke_ReturnsTaskOfObject_Json200(string method, string kind, int number)
    {
        var response = await InvokeAsync(method);

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Contains("\"kind\":", response.Body, StringComparison.Ordinal);
        Assert.Equal(new ProbeValue(kind, number), response.Json<ProbeValue>());
    }

    [Fact]
    public async Task Invoke_StaticMethod_Runs()
    {
        var response = await InvokeAsync(nameof(ProbeFunctions.Static));

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal("static", response.Body);
    }

    [Theory]
    [InlineData(nameof(ProbeFunctions.Throws), false)]
    [InlineData(nameof(ProbeFunctions.Throws), true)]
    [InlineData(nameof(ProbeFunctions.ThrowsLater), false)]
    [InlineData(nameof(ProbeFunctions.ThrowsLater), true)]
    public async Task Invoke_Throws_500ProblemWithoutDetailsAndErrorLogged(string method, bool appProblems)
    {
        var response = await InvokeAsync(method, appProblems: appProblems);

        Assert.Equal([method], _calls.Calls);
        Assert.Equal(StatusCodes.Status500InternalServerError, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        var problem = response.Json<JsonElement>();
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), response.Body, StringComparison.Ordinal);
        if (appProblems)
        {
            Assert.Equal("internal-error", problem.GetProperty("code").GetString());
            Assert.Equal("nosniff", response.Headers["X-Content-Type-Options"]);
        }

        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(FunctionFailedEventId, error.EventId.Id);
        Assert.Contains(method, error.Message, StringComparison.Ordinal);
        Assert.Equal(ProbeFunctions.SecretFailure, Assert.IsType<InvalidOperationException>(error.Exception).Message);
    }

    [Fact]
    public async Task Invoke_IntRouteValue_Bound()
    {
        var response = await InvokeAsync(nameof(ProbeFunctions.Number), "probe/{id}", arrange: c => c.Request.RouteValues["id"] = "42");

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal(["Number 42"], _calls.Calls);
        Assert.Equal(new ProbeValue("number", 42), response.Json<ProbeValue>());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("4.2")]
    [InlineData("99999999999")]
    public async Task Invoke_IntRouteValueNotAnInt_500AndFunctionNotRun(string value)
    {
        var response = await InvokeAsync(nameof(ProbeFunctions.Number), "probe/{id}", arrange: c => c.Request.RouteValues["id"] = value);

        Assert.Equal(StatusCodes.Status500InternalServerError, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.DoesNotContain(value, response.Body, StringComparison.Ordinal);
        Assert.Empty(_calls.Calls);
        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        var exception = Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Contains("'id'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Int32), exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
    }

    // RouteValueBinder keeps the raw text out of its own message "because this ends up in logs", but attaches the parse
    // exception as InnerException, and .NET's FormatException says "The input string 'abc' was not in a correct format.";
    // Log.FunctionFailed logs the whole chain, so the caller's text reaches the log anyway.
    [Fact]
    public async Task Invoke_IntRouteValueNotAnInt_LoggedExceptionChainOmitsRawValue()
    {
        const string value = "abc-caller-text";

        await InvokeAsync(nameof(ProbeFunctions.Number), "probe/{id}", arrange: c => c.Request.RouteValues["id"] = value);

        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.DoesNotContain(value, error.Exception!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FunctionContextParameter_ThrowsNamingFunctionAndParameter()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(nameof(ProbeFunctions.WithFunctionContext)));

        Assert.Contains($"Function '{nameof(ProbeFunctions.WithFunctionContext)}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("parameter 'context'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("FunctionContext", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ParameterNotInRoute_ThrowsNamingParameterAndRouteParameters()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(nameof(ProbeFunctions.WithUnboundParameter), "probe/{id}"));

        Assert.Contains("parameter 'notInRoute'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("here: id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnsupportedBinding_ThrowsNamingIt()
    {
        var function = Describe(nameof(ProbeFunctions.Text)) with { UnsupportedBindings = ["outbox (queue)"] };

        var ex = Assert.Throws<InvalidOperationException>(() => Create(function));

        Assert.Contains("outbox (queue)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ProbeFunctions.Text), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ConstructorNeedsUnregisteredService_ThrowsNamingIt()
    {
        var function = Describe(nameof(ProbeNeedsService.Run), typeof(ProbeNeedsService));

        var ex = Assert.Throws<InvalidOperationException>(() => Create(function));

        Assert.Contains(nameof(IProbeUnregistered), ex.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(ProbeNeedsService).FullName!, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NkFunctions.IntegrationTests.dll", "NkFunctions.IntegrationTests.LocalHost.Invocation.ProbeFunctions.Missing", "Missing")]
    [InlineData("NkFunctions.IntegrationTests.dll", "NkFunctions.IntegrationTests.LocalHost.Invocation.NoSuchType.Run", "NoSuchType")]
    [InlineData("NoSuchAssembly.dll", "NoSuchAssembly.Type.Run", "NoSuchAssembly")]
    [InlineData("NkFunctions.IntegrationTests.dll", "Run", "Run")]
    public void Create_EntryPointNotFound_ThrowsNamingWhat(string scriptFile, string entryPoint, string named)
    {
        var function = Describe(nameof(ProbeFunctions.Text)) with { ScriptFile = scriptFile, EntryPoint = entryPoint };

        var ex = Assert.Throws<InvalidOperationException>(() => Create(function));

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Invoke_FunctionLevelWithoutKey_401ProblemAndNotRun(bool appProblems)
    {
        var response = await InvokeAsync(nameof(ProbeFunctions.Secured), auth: FunctionAuthLevel.Function, appProblems: appProblems);

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        Assert.Equal(string.Empty, response.Body); // the Functions host's UnauthorizedResult: no body
        Assert.DoesNotContain(Key, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, string.Join("\n", response.Headers.Select(h => h.Value)), StringComparison.Ordinal);
        Assert.Empty(_calls.Calls);
    }

    [Fact]
    public async Task Invoke_FunctionLevelWithWrongKey_401WithoutEchoingEitherKey()
    {
        const string guess = "guess-7f3c9a";

        var response = await InvokeAsync(
            nameof(ProbeFunctions.Secured),
            auth: FunctionAuthLevel.Function,
            arrange: c => c.Request.Headers[FunctionKeyCheck.HeaderName] = guess);

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        Assert.DoesNotContain(Key, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(guess, response.Body, StringComparison.Ordinal);
        Assert.Empty(_calls.Calls);
    }

    [Fact]
    public async Task Invoke_FunctionLevelWithKeyHeader_Runs()
    {
        var response = await InvokeAsync(
            nameof(ProbeFunctions.Secured),
            auth: FunctionAuthLevel.Function,
            arrange: c => c.Request.Headers[FunctionKeyCheck.HeaderName] = Key);

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal("secret stuff", response.Body);
        Assert.Equal([nameof(ProbeFunctions.Secured)], _calls.Calls);
    }

    // The host authorizes Admin level for the master key only; a function key is authenticated but not authorized (401).
    [Theory]
    [InlineData(AdminKey, StatusCodes.Status200OK)]
    [InlineData(Key, StatusCodes.Status401Unauthorized)]
    public async Task Invoke_AdminLevelWithKeyAsCodeQuery_OnlyTheMasterKeyRuns(string key, int status)
    {
        var response = await InvokeAsync(
            nameof(ProbeFunctions.Secured),
            auth: FunctionAuthLevel.Admin,
            arrange: c => c.Request.QueryString = QueryString.Create(FunctionKeyCheck.QueryName, key));

        Assert.Equal(status, response.Status);
        Assert.Equal(status == StatusCodes.Status200OK ? [nameof(ProbeFunctions.Secured)] : [], _calls.Calls);
    }

    private static HttpFunctionDescriptor Describe(string method, Type? type = null, string route = "probe", FunctionAuthLevel auth = FunctionAuthLevel.Anonymous)
    {
        type ??= typeof(ProbeFunctions);
        return new HttpFunctionDescriptor(
            method,
            $"{type.FullName}.{method}",
            type.Assembly.GetName().Name + ".dll",
            route,
            [],
            auth,
            []);
    }

    private FunctionInvoker Create(string method, string route = "probe") => Create(Describe(method, route: route));

    private FunctionInvoker Create(HttpFunctionDescriptor function, bool appProblems = false, RequestFilters? filters = null) =>
        FunctionInvokerFactory.Create(
            function,
            RoutePatternFactory.Parse(FunctionRoute.Template("api", function.Route, function.Name)),
            FunctionKey.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [FunctionKey.ConfigurationKey] = Key, [FunctionKey.AdminConfigurationKey] = AdminKey }).Build()),
            new LocalHostProblems(appProblems ? AppResults() : null),
            filters,
            _logger,
            _services.GetRequiredService<IServiceProviderIsService>());

    private static ApiResults AppResults() =>
        new(new ResponseConventions(Options.Create(new CorsOptions()), Options.Create(new CachingOptions())));

    private async Task<ProbeResponse> InvokeAsync(
        string method,
        string route = "probe",
        FunctionAuthLevel auth = FunctionAuthLevel.Anonymous,
        Action<HttpContext>? arrange = null,
        bool appProblems = false)
    {
        var invoker = Create(Describe(method, route: route, auth: auth), appProblems);
        return await ProbeExchange.RunAsync(_services, HttpMethods.Get, "/api/" + route, invoker.InvokeAsync, arrange);
    }
}

/// <summary>Refuses one function with 429 and records which functions it was asked about.</summary>
internal sealed class RefuseFilter(string refused) : IRequestFilter
{
    public List<string> Seen { get; } = [];

    public IResult? Check(string functionName, HttpContext context)
    {
        Seen.Add(functionName);
        return functionName == refused ? TypedResults.StatusCode(StatusCodes.Status429TooManyRequests) : null;
    }
}
