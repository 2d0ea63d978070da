namespace NkFunctions.Core.Telemetry;

/// <summary>
/// The names of the app's own meter, instruments and tags. Fixed: dashboards, alerts and docs/telemetry.md (and the
/// infrastructure's workbook) refer to them, so a rename is a breaking change.
/// </summary>
public static class TelemetryNames
{
    /// <summary>The one meter the app creates (through <c>IMeterFactory</c>, one per DI container).</summary>
    public const string Meter = "NkFunctions";

    /// <summary>Counter of events stored, tagged with type, client kind and source.</summary>
    public const string EventsAccepted = "nk.beacon.events.accepted";

    /// <summary>Counter of beacon requests refused as a whole, tagged with the reason.</summary>
    public const string RequestsRejected = "nk.beacon.requests.rejected";

    /// <summary>Counter of events dropped from a beacon that was otherwise accepted, tagged with the reason.</summary>
    public const string EventsRejected = "nk.beacon.events.rejected";

    /// <summary>Histogram of events stored per accepted beacon request.</summary>
    public const string BeaconBatchSize = "nk.beacon.batch_size";

    /// <summary>Histogram of entities per Table Storage transaction (entity-group batch or single write).</summary>
    public const string StorageBatchSize = "nk.storage.batch_size";

    /// <summary>Tag: the event type as stored (<c>pageview</c>, <c>section</c>, <c>engagement</c>, <c>read</c>).</summary>
    public const string EventTypeTag = "nk.event.type";

    /// <summary>Tag: <c>human</c> or <c>bot</c>.</summary>
    public const string ClientKindTag = "nk.client.kind";

    /// <summary>Tag: <c>tracker</c> (our protocol) or <c>plausible</c> (Plausible's Events API).</summary>
    public const string SourceTag = "nk.beacon.source";

    /// <summary>Tag: the problem <c>code</c> the endpoint answered with, or one of the documented non-problem reasons.</summary>
    public const string RejectReasonTag = "nk.reject.reason";

    /// <summary>Source value for <c>POST /api/events</c>.</summary>
    public const string TrackerSource = "tracker";

    /// <summary>Source value for <c>POST /api/event</c>.</summary>
    public const string PlausibleSource = "plausible";

    /// <summary>Reason for a request answered 204 because of <c>Sec-GPC: 1</c> or <c>DNT: 1</c> (not a problem: nothing is read).</summary>
    public const string OptedOutReason = "privacy-opt-out";

    /// <summary>Reason for a valid Plausible event for a domain that is not ours: answered 202 with x-plausible-dropped, not stored.</summary>
    public const string ForeignDomainReason = "foreign-domain";

    /// <summary>Reason for a valid Plausible event on a page that is no article: answered 202 with x-plausible-dropped, not stored.</summary>
    public const string NotAnArticleReason = "not-an-article";
}
