namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>The values of <see cref="ClientTraits.OsFamily"/>, and the platform-token rules that pick one.</summary>
/// <remarks>
/// Families only, never versions: Chromium's reduced user agent freezes the version anyway (Windows is always
/// "Windows NT 10.0", Android "Android 10; K"), and a version would narrow the crowd a reader hides in.
/// </remarks>
internal static class OsFamilies
{
    public const string Windows = "Windows";
    public const string MacOs = "macOS";
    public const string Ios = "iOS";
    public const string Android = "Android";
    public const string ChromeOs = "ChromeOS";
    public const string Linux = "Linux";
    public const string Other = "Other";

    /// <summary>
    /// The OS family. Order matters: Android user agents say <c>Linux</c>, iPhone and iPad ones say
    /// <c>like Mac OS X</c>, and ChromeOS says <c>X11; CrOS</c>. iPadOS in its default desktop mode sends a Mac
    /// user agent and is counted as macOS, as every user-agent-based counter does.
    /// </summary>
    public static string Of(ReadOnlySpan<char> userAgent)
    {
        if (userAgent.Contains("Android", StringComparison.Ordinal))
        {
            return Android;
        }

        if (userAgent.Contains("iPhone", StringComparison.Ordinal) || userAgent.Contains("iPad", StringComparison.Ordinal)
            || userAgent.Contains("iPod", StringComparison.Ordinal))
        {
            return Ios;
        }

        if (userAgent.Contains("Windows", StringComparison.Ordinal))
        {
            return Windows;
        }

        if (userAgent.Contains("CrOS", StringComparison.Ordinal))
        {
            return ChromeOs;
        }

        if (userAgent.Contains("Macintosh", StringComparison.Ordinal) || userAgent.Contains("Mac OS X", StringComparison.Ordinal))
        {
            return MacOs;
        }

        // Not "X11" alone: the BSDs say it too.
        return userAgent.Contains("Linux", StringComparison.Ordinal) ? Linux : Other;
    }
}
