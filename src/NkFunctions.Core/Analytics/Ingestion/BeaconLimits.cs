namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>The documented bounds of the beacon protocol (docs/beacons.md).</summary>
internal static class BeaconLimits
{
    /// <summary>30 minutes: engaged time beyond it is an idle tab, not reading (Chartbeat's cap).</summary>
    public const int MaxEngagedMs = 30 * 60 * 1000;

    public const int MaxUrlLength = 2048;

    public const int MaxUtmLength = 100;

    public const int MinIdLength = 8;

    public const int MaxIdLength = 64;

    /// <summary>Deep enough for the protocol (3 levels), shallow enough that nesting attacks stop at the parser.</summary>
    public const int MaxJsonDepth = 8;

    public static bool IsValidId(string value)
    {
        if (value.Length is < MinIdLength or > MaxIdLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
