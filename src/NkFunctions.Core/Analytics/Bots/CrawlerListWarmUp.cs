using Microsoft.Extensions.Hosting;

namespace NkFunctions.Core.Analytics.Bots;

/// <summary>
/// Builds the crawler list as the host starts, not on the first beacon: compiling ~1,500 patterns takes about a
/// quarter of a second, which would otherwise land on one unlucky reader's request (and on every cold start's). It
/// runs beside the start-up rather than in it, so the host answers its first request that much sooner; a beacon that
/// arrives while it runs waits for the same build (the list is a lazy value built once), never starts another.
/// </summary>
internal sealed class CrawlerListWarmUp(CrawlerList crawlers) : IHostedService
{
    private Task _warming = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _warming = Task.Run(crawlers.WarmUp, CancellationToken.None);
        return Task.CompletedTask;
    }

    // Waits for a build in progress, so a host stopped right after starting does not leave it running unobserved.
    public Task StopAsync(CancellationToken cancellationToken) => _warming.WaitAsync(cancellationToken);
}
