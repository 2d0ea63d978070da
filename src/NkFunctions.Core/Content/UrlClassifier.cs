namespace NkFunctions.Core.Content;

/// <summary>
/// Classifies URLs the way browsers parse them (WHATWG URL), so that validation and the external-link rule cannot be
/// fooled by spellings such as <c>" java\tscript:"</c> or <c>/\evil.example</c>.
/// </summary>
internal static class UrlClassifier
{
    private static readonly string C0ControlsAndSpace = new([.. Enumerable.Range(0, 0x21).Select(i => (char)i)]);

    /// <summary>
    /// Browsers strip leading and trailing C0 controls and spaces, and drop tabs and newlines anywhere in a URL.
    /// </summary>
    public static string Normalize(string url)
    {
        var trimmed = url.AsSpan().Trim(C0ControlsAndSpace);
        return trimmed.ContainsAny('\t', '\n', '\r')
            ? string.Concat(trimmed.ToString().Where(c => c is not ('\t' or '\n' or '\r')))
            : trimmed.ToString();
    }

    public static UrlKind Classify(string url)
    {
        var normalized = Normalize(url);
        if (normalized.Length == 0)
        {
            return UrlKind.Empty;
        }

        if (normalized[0] == '#')
        {
            return UrlKind.Anchor;
        }

        // Browsers treat '\' like '/' in http(s) URLs, so "/\host" and "\\host" are another host too.
        if (normalized.Length >= 2 && normalized[0] is '/' or '\\' && normalized[1] is '/' or '\\')
        {
            return UrlKind.ProtocolRelative;
        }

        if (normalized[0] == '/')
        {
            return UrlKind.SiteRooted;
        }

        return Scheme(normalized) is null ? UrlKind.Relative : UrlKind.Absolute;
    }

    /// <summary>True for links that leave our sites: absolute http(s) and protocol-relative URLs.</summary>
    public static bool IsExternalWeb(string url) => Classify(url) switch
    {
        UrlKind.ProtocolRelative => true,
        UrlKind.Absolute => Scheme(Normalize(url)) is "http" or "https",
        _ => false,
    };

    /// <summary>The lowercased scheme (RFC 3986: a letter, then letters, digits, '+', '-', '.'), or null.</summary>
    public static string? Scheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(url[0]))
        {
            return null;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.'))
            {
                return null;
            }
        }

        return url[..colon].ToLowerInvariant();
    }
}
