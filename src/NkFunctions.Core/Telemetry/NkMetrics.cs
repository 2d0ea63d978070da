using System.Diagnostics.Metrics;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Storage;

namespace NkFunctions.Core.Telemetry;

/// <summary>
/// The app's custom metrics (docs/telemetry.md). The meter comes from the container's <see cref="IMeterFactory"/>, so
/// every host has its own and an in-process listener can tell two hosts apart by <c>Instrument.Meter.Scope</c>.
/// No tag carries anything about a reader: only event types, bot or human, the endpoint and problem codes.
/// </summary>
public sealed class NkMetrics
{
    private static readonly int EventTypeCount = Enum.GetValues<BeaconEventType>().Length;

    private readonly Counter<long> _eventsAccepted;
    private readonly Counter<long> _requestsRejected;
    private readonly Counter<long> _eventsRejected;
    private readonly Histogram<int> _beaconBatchSize;
    private readonly Histogram<int> _storageBatchSize;

    /// <summary>Creates the meter and its instruments.</summary>
    public NkMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(TelemetryNames.Meter);
        _eventsAccepted = meter.CreateCounter<long>(TelemetryNames.EventsAccepted, "{event}", "Beacon events stored.");
        _requestsRejected = meter.CreateCounter<long>(TelemetryNames.RequestsRejected, "{request}", "Beacon requests refused as a whole; nothing of them was stored.");
        _eventsRejected = meter.CreateCounter<long>(TelemetryNames.EventsRejected, "{event}", "Events dropped from beacons that were otherwise accepted.");
        _beaconBatchSize = meter.CreateHistogram<int>(TelemetryNames.BeaconBatchSize, "{event}", "Events stored per accepted beacon request.");
        _storageBatchSize = meter.CreateHistogram<int>(TelemetryNames.StorageBatchSize, "{entity}", "Entities per Table Storage transaction.");
    }

    /// <summary>One accepted beacon's events, now stored: per-type counts and the request's batch size.</summary>
    public void BeaconStored(Beacon beacon, bool bot, string source)
    {
        ArgumentNullException.ThrowIfNull(beacon);
        Span<int> perType = stackalloc int[EventTypeCount];
        foreach (var e in beacon.Events)
        {
            perType[(int)e.Type]++;
        }

        var kind = bot ? "bot" : "human";
        for (var type = 0; type < perType.Length; type++)
        {
            if (perType[type] > 0)
            {
                _eventsAccepted.Add(
                    perType[type],
                    new KeyValuePair<string, object?>(TelemetryNames.EventTypeTag, EventEntityFactory.TypeName((BeaconEventType)type)),
                    new KeyValuePair<string, object?>(TelemetryNames.ClientKindTag, kind),
                    new KeyValuePair<string, object?>(TelemetryNames.SourceTag, source));
            }
        }

        _beaconBatchSize.Record(beacon.Events.Count);
    }

    /// <summary>A beacon request refused as a whole (<paramref name="reason"/>: the problem code, or a documented non-problem reason).</summary>
    public void RequestRejected(string reason) =>
        _requestsRejected.Add(1, new KeyValuePair<string, object?>(TelemetryNames.RejectReasonTag, reason));

    /// <summary><paramref name="count"/> events of an accepted beacon that were not stored.</summary>
    public void EventsRejected(string reason, int count) =>
        _eventsRejected.Add(count, new KeyValuePair<string, object?>(TelemetryNames.RejectReasonTag, reason));

    /// <summary>One successful storage transaction of <paramref name="entities"/> entities.</summary>
    public void StorageTransaction(int entities) => _storageBatchSize.Record(entities);
}
