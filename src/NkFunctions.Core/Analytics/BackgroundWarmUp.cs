using Microsoft.Extensions.Hosting;

namespace NkFunctions.Core.Analytics;

/// <summary>
/// Does at start-up what the first beacons would otherwise pay for, beside the start-up rather than in it, so the host
/// answers its first request that much sooner; a beacon that arrives meanwhile waits for the same work (the warmed
/// values are lazy and built once), never starts another.
/// </summary>
internal abstract class BackgroundWarmUp(Action warmUp) : IHostedService
{
    private Task _warming = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _warming = Task.Run(warmUp, CancellationToken.None);
        return Task.CompletedTask;
    }

    // Waits for a warm-up in progress, so a host stopped right after starting does not leave it running unobserved.
    public Task StopAsync(CancellationToken cancellationToken) => _warming.WaitAsync(cancellationToken);
}
