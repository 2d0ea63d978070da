using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics.Bots;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>The crawler list is compiled while the host starts, so no reader's first beacon pays for it.</summary>
public sealed class CrawlerListWarmUpTests
{
    [Fact]
    public async Task HostStarted_NoRequestYet_CrawlerListIsAlreadyBuilt()
    {
        // Storage is never touched: the warm-up needs none, and no beacon is sent.
        await using var server = await LocalHostServer.StartAsync(null, "--AzureWebJobsStorage=UseDevelopmentStorage=true");

        // Resolving it here would build a cold one if start-up had not; IsWarm tells the two apart.
        Assert.True(server.Services.GetRequiredService<CrawlerList>().IsWarm);
    }
}
