using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Analytics.Ingestion;

namespace NkFunctions.Analytics;

/// <summary>The beacon endpoints: anonymous reading events in, 202 only once they are stored.</summary>
public sealed class BeaconFunctions(BeaconIngestor ingestor)
{
    /// <summary>Our own beacon protocol (docs/beacons.md), as sent by nk.js.</summary>
    [Function(BeaconEndpoints.PostEvents)]
    public Task<IResult> PostEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "events")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ingestor.IngestAsync(request, cancellationToken);

    /// <summary>Plausible's Events API, for sites already running Plausible's tracker.</summary>
    [Function(BeaconEndpoints.PostPlausibleEvent)]
    public Task<IResult> PostPlausibleEvent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "event")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ingestor.IngestPlausibleAsync(request, cancellationToken);
}
