using Microsoft.Extensions.Hosting;

namespace NkFunctions.Core.Content.Serving;

/// <summary>Loads and validates the content when the host starts, so invalid content stops the app loudly.</summary>
internal sealed class ContentStartup(ContentStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.LoadInitial();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
