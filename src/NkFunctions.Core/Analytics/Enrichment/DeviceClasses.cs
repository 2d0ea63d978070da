namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>The values of <see cref="ClientTraits.DeviceClass"/>, and the coarse token rules that pick one.</summary>
internal static class DeviceClasses
{
    public const string Mobile = "mobile";
    public const string Tablet = "tablet";
    public const string Desktop = "desktop";
    public const string Unknown = "unknown";

    /// <summary>Classifies by the <c>Sec-CH-UA-Mobile</c> client hint when it says mobile, else by user-agent tokens.</summary>
    public static string Of(ReadOnlySpan<char> userAgent, string? secChUaMobile)
    {
        // Chromium's hint is authoritative for "mobile"; "?0" also covers Android tablets, so then the tokens decide.
        if (secChUaMobile.AsSpan().Trim() is "?1")
        {
            return Mobile;
        }

        if (userAgent.IsEmpty)
        {
            return Unknown;
        }

        // Tablets first: iPad Safari says "Mobile/15E148" and Firefox on Android tablets says "Tablet".
        if (userAgent.Contains("iPad", StringComparison.Ordinal) || userAgent.Contains("Tablet", StringComparison.Ordinal))
        {
            return Tablet;
        }

        // Android browsers put "Mobile" in phone user agents only (Google's documented convention).
        if (userAgent.Contains("Android", StringComparison.Ordinal))
        {
            return userAgent.Contains("Mobile", StringComparison.Ordinal) ? Mobile : Tablet;
        }

        return userAgent.Contains("Mobi", StringComparison.Ordinal) || userAgent.Contains("iPhone", StringComparison.Ordinal)
            ? Mobile
            : Desktop;
    }
}
