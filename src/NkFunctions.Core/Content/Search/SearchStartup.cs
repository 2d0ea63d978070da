using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Builds the search index in the background once the content is loaded, so start-up does not wait for it and the
/// first search usually does not either (if it comes first, it waits for the same single build).
/// </summary>
internal sealed class SearchStartup(SearchApi search, ILogger<SearchStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Warm, CancellationToken.None);
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
