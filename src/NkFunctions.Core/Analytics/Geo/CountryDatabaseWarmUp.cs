using Microsoft.Extensions.Hosting;

namespace NkFunctions.Core.Analytics.Geo;

/// <summary>
/// Opens the country database as the host starts, beside the start-up like the crawler list's warm-up, so the first
/// beacon does not pay for mapping the file and faulting in the top of its search tree.
/// </summary>
internal sealed class CountryDatabaseWarmUp(CountryDatabase countries) : IHostedService
{
    private Task _warming = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _warming = Task.Run(countries.WarmUp, CancellationToken.None);
        return Task.CompletedTask;
    }

    // Waits for an open in progress, so a host stopped right after starting does not dispose the reader under it.
    public Task StopAsync(CancellationToken cancellationToken) => _warming.WaitAsync(cancellationToken);
}
