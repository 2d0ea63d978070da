namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>A mapped Plausible event, an ignored custom event (both null), or an error.</summary>
internal sealed record PlausibleParseResult(PlausibleEventParser.PlausibleEvent? Event, string? Error, string Code)
{
    public static PlausibleParseResult Valid(PlausibleEventParser.PlausibleEvent e) => new(e, null, "ok");

    public static PlausibleParseResult Ignored() => new(null, null, "ignored");

    public static PlausibleParseResult Invalid(string code, string error) => new(null, error, code);

    public Beacon ToBeacon(string visitor) => Event!.ToBeacon(visitor);
}
