using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics.Bots;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>The crawler list is compiled as the host starts (beside it), so no reader's first beacon pays for it.</summary>
public sealed class CrawlerListWarmUpTests
{
    [Fact]
    public async Task HostStarted_NoRequestYet_CrawlerListIsAlreadyBuilt()
    {
        // Storage is never touched: the warm-up needs none, and no beacon is sent.
        await using var server = await LocalHostServer.StartAsync(null, "--AzureWebJobsStorage=UseDevelopmentStorage=true");

        // Resolving it here would build a cold one if start-up had not; IsWarm tells the two apart. The build runs beside
        // the start-up, so give it the time it takes (a quarter of a second, more on a busy machine).
        var crawlers = server.Services.GetRequiredService<CrawlerList>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!crawlers.IsWarm && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(crawlers.IsWarm);
    }
}
