using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Throttling;
using NkFunctions.Core.Http;
using NkFunctions.Core.Telemetry;

namespace NkFunctions.Core.Tests.Analytics.Throttling;

/// <summary>
/// The limiter's refill against the real clock (System.Threading.RateLimiting reads Stopwatch; no time provider to fake).
/// The waits are far from the boundaries they test, so a slow machine cannot flip a result.
/// </summary>
public sealed class BeaconRateLimiterTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public async Task RateUnderOnePerSecond_NoTokenComesBackWithinSeconds()
    {
        // The integration tests' setting: a burst and nothing more for 1,000 s. A rate of 1/s here refilled a token
        // during a slow test run (the flaky 202 where 429 was expected).
        using var limiter = Create(new RateLimitOptions { Burst = 1, PermitsPerSecond = 0.001 });
        Assert.Null(limiter.Check(BeaconEndpoints.PostEvents, Request()));
        Assert.NotNull(limiter.Check(BeaconEndpoints.PostEvents, Request()));

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var refused = Assert.IsType<ProblemResult>(limiter.Check(BeaconEndpoints.PostEvents, Request()));
        var response = Request();
        response.Response.Body = new MemoryStream();
        await refused.ExecuteAsync(response);
        Assert.Equal(StatusCodes.Status429TooManyRequests, response.Response.StatusCode);
        Assert.True(int.Parse(response.Response.Headers.RetryAfter.ToString(), CultureInfo.InvariantCulture) > 100, $"Retry-After {response.Response.Headers.RetryAfter}");
    }

    [Fact]
    public async Task Refill_IsContinuousAtTheRate_NotAWholeBucketPerPeriod()
    {
        using var limiter = Create(new RateLimitOptions { Burst = 3, PermitsPerSecond = 20 });
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(limiter.Check(BeaconEndpoints.PostEvents, Request()));
        }

        Assert.NotNull(limiter.Check(BeaconEndpoints.PostEvents, Request()));

        // 20/s: a token is back within a few of the limiter's 100 ms replenishment ticks.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (limiter.Check(BeaconEndpoints.PostEvents, Request()) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, "no token came back within 10 s at 20 per second");
            await Task.Delay(50);
        }
    }

    [Fact]
    public void OtherFunctions_NeverLimited()
    {
        using var limiter = Create(new RateLimitOptions { Burst = 1, PermitsPerSecond = 0.001 });
        Assert.Null(limiter.Check(BeaconEndpoints.PostEvents, Request()));
        Assert.NotNull(limiter.Check(BeaconEndpoints.PostPlausibleEvent, Request()));

        Assert.Null(limiter.Check("GetArticle", Request()));
    }

    private BeaconRateLimiter Create(RateLimitOptions options) =>
        new(
            Options.Create(options),
            new ApiResults(new ResponseConventions(Options.Create(new CorsOptions()), Options.Create(new CachingOptions()))),
            new NkMetrics(_services.GetRequiredService<IMeterFactory>()),
            NullLogger<BeaconRateLimiter>.Instance);

    private static DefaultHttpContext Request()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-Forwarded-For"] = "198.51.100.1";
        return context;
    }

    public void Dispose() => _services.Dispose();
}
