using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Throttling;
using NkFunctions.Core.Http;
using NkFunctions.Core.Http.Filters;
using NkFunctions.Middleware;

namespace NkFunctions.IntegrationTests.Hosting;

/// <summary>
/// The worker middleware that gives the real Functions host what the local host does in its invoker: request filters
/// (limits, the beacon rate limit) and 500 problem+json for a function that throws. Taken from the real worker host
/// built as Program.cs builds it, then run on a request (the worker's own FunctionContext needs the Functions host).
/// </summary>
public sealed class WorkerMiddlewareTests : IDisposable
{
    private readonly IHost _host = WorkerBuilders.Create(("Analytics:RateLimit:Burst", "2"), ("Analytics:RateLimit:PermitsPerSecond", "0.001"))
        .ConfigureNkWorker()
        .Build();

    public void Dispose() => _host.Dispose();

    [Fact]
    public void WorkerHost_RegistersBothMiddlewares_AndTheFiltersInOrder()
    {
        Assert.NotNull(_host.Services.GetService<ProblemExceptionMiddleware>());
        Assert.NotNull(_host.Services.GetService<RequestFilterMiddleware>());
        Assert.Equal(
            [typeof(RequestLimitsFilter), typeof(BeaconRateLimiter)],
            _host.Services.GetServices<IRequestFilter>().Select(f => f.GetType()));
    }

    [Fact]
    public async Task RequestFilterMiddleware_BeaconOverTheRate_429InsteadOfTheFunction()
    {
        var middleware = _host.Services.GetRequiredService<RequestFilterMiddleware>();
        var ran = 0;
        var answers = new List<IResult>();

        for (var i = 0; i < 3; i++)
        {
            await middleware.InvokeCore(BeaconEndpoints.PostEvents, Request("198.51.100.7"), answers.Add, () => { ran++; return Task.CompletedTask; });
        }

        Assert.Equal(2, ran);
        var problem = Assert.IsType<ProblemResult>(Assert.Single(answers));
        Assert.Equal(StatusCodes.Status429TooManyRequests, problem.StatusCode);
        Assert.Equal("rate-limited", problem.Problem.Code);
    }

    [Fact]
    public async Task RequestFilterMiddleware_ContentAndTimers_NeverRateLimited()
    {
        var middleware = _host.Services.GetRequiredService<RequestFilterMiddleware>();
        var ran = 0;
        var answers = new List<IResult>();

        for (var i = 0; i < 5; i++)
        {
            await middleware.InvokeCore("GetArticle", Request("198.51.100.8"), answers.Add, () => { ran++; return Task.CompletedTask; });
            await middleware.InvokeCore("RollupClosedDays", null, answers.Add, () => { ran++; return Task.CompletedTask; });
        }

        Assert.Equal(10, ran);
        Assert.Empty(answers);
    }

    [Fact]
    public async Task RequestFilterMiddleware_QueryOverLimit_414ForAnyFunction()
    {
        var middleware = _host.Services.GetRequiredService<RequestFilterMiddleware>();
        var http = Request("198.51.100.9");
        http.Request.QueryString = new QueryString("?q=" + new string('x', 3000));
        IResult? answer = null;

        await middleware.InvokeCore("GetArticle", http, r => answer = r, () => throw new InvalidOperationException("must not run"));

        Assert.Equal(StatusCodes.Status414UriTooLong, Assert.IsType<ProblemResult>(answer).StatusCode);
    }

    [Fact]
    public async Task ProblemExceptionMiddleware_FunctionThrows_500ProblemWithoutTheException()
    {
        var middleware = _host.Services.GetRequiredService<ProblemExceptionMiddleware>();
        var http = Request("198.51.100.10");
        IResult? answer = null;

        await middleware.InvokeCore("GetArticle", http, r => answer = r, () => throw new InvalidOperationException("secret detail at C:\\inside"));

        http.Response.Body = new MemoryStream();
        await answer!.ExecuteAsync(http);
        var body = System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
        Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", http.Response.ContentType);
        Assert.Equal("internal-error", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemExceptionMiddleware_TimerThrows_LeftToTheHost()
    {
        var middleware = _host.Services.GetRequiredService<ProblemExceptionMiddleware>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            middleware.InvokeCore("RollupClosedDays", null, _ => Assert.Fail("no HTTP answer for a timer"), () => throw new InvalidOperationException("timer failed")));
    }

    private DefaultHttpContext Request(string forwardedFor)
    {
        var http = new DefaultHttpContext { RequestServices = _host.Services };
        http.Request.Method = HttpMethods.Post;
        http.Request.Headers["X-Forwarded-For"] = forwardedFor;
        return http;
    }
}
