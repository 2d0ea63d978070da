namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>The values of <see cref="ClientTraits.BrowserFamily"/>, and the token rules that pick one.</summary>
internal static class BrowserFamilies
{
    public const string Edge = "Edge";
    public const string Opera = "Opera";
    public const string SamsungInternet = "Samsung Internet";
    public const string Firefox = "Firefox";
    public const string Chrome = "Chrome";
    public const string Safari = "Safari";
    public const string Other = "Other";

    /// <summary>
    /// The browser family. Order matters: Chromium-based browsers also say <c>Chrome/</c>, and nearly everything
    /// says <c>Safari/</c>, so the specific tokens are tested first.
    /// </summary>
    public static string Of(ReadOnlySpan<char> userAgent)
    {
        if (ContainsAny(userAgent, "Edg/", "EdgA/", "EdgiOS/", "Edge/"))
        {
            return Edge;
        }

        if (ContainsAny(userAgent, "OPR/", "OPiOS/"))
        {
            return Opera;
        }

        if (userAgent.Contains("SamsungBrowser/", StringComparison.Ordinal))
        {
            return SamsungInternet;
        }

        if (ContainsAny(userAgent, "Firefox/", "FxiOS/"))
        {
            return Firefox;
        }

        if (ContainsAny(userAgent, "Chrome/", "CriOS/"))
        {
            return Chrome;
        }

        // In-app browsers on iOS say Safari/ too but carry no Version/ token.
        return userAgent.Contains("Safari/", StringComparison.Ordinal) && userAgent.Contains("Version/", StringComparison.Ordinal)
            ? Safari
            : Other;
    }

    private static bool ContainsAny(ReadOnlySpan<char> userAgent, string first, string second) =>
        userAgent.Contains(first, StringComparison.Ordinal) || userAgent.Contains(second, StringComparison.Ordinal);

    private static bool ContainsAny(ReadOnlySpan<char> userAgent, string first, string second, string third, string fourth) =>
        ContainsAny(userAgent, first, second) || ContainsAny(userAgent, third, fourth);
}
