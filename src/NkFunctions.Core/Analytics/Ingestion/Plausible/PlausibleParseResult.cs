namespace NkFunctions.Core.Analytics.Ingestion.Plausible;

/// <summary>
/// What became of one Plausible event: mapped onto ours, dropped by a documented rule (answered 202 with
/// <c>x-plausible-dropped</c>, as Plausible answers its own drops), or invalid (400 naming the field).
/// </summary>
internal sealed record PlausibleParseResult(PlausibleEvent? Event, string? DropReason, string? Code, string? Error)
{
    public static PlausibleParseResult Valid(PlausibleEvent e) => new(e, null, null, null);

    public static PlausibleParseResult Dropped(string reason) => new(null, reason, null, null);

    /// <summary>An invalid event; the detail starts with the field as sent (e.g. <c>sd</c>, <c>props.plan</c>).</summary>
    public static PlausibleParseResult Invalid(string field, string rule) => new(null, null, "invalid-event", $"{field} {rule}");

    public static PlausibleParseResult InvalidJson(string detail) => new(null, null, "invalid-json", detail);
}
