using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Starts building the search index in the background once the content is loaded, so start-up does not wait for it
/// and the first search usually does not either (if it comes first, it waits a bounded time for the same single
/// build, then answers 503 with <c>Retry-After</c>).
/// </summary>
internal sealed class SearchStartup(SearchApi search, ILogger<SearchStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Warm();
        return Task.CompletedTask;
    }

    // Nothing to stop: a build in progress only holds memory.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warm()
    {
        try
        {
            search.Warm();
        }
        catch (InvalidOperationException ex)
        {
            SearchLog.WarmUpFailed(logger, ex);
        }
    }
}
