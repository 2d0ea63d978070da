namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// Reduces a referrer or partner URL to its host, the only part we keep: paths and query strings can carry personal
/// data (search terms, e-mail addresses, session tokens).
/// </summary>
public static class ReferrerHost
{
    // Beacon fields are capped at 2,048 characters; DNS names at 253.
    private const int MaxInputLength = 2048;
    private const int MaxHostLength = 253;

    /// <summary>
    /// The lowercase host of an http(s) URL or of a bare host (<c>clinic.example</c>, <c>clinic.example:8080/x</c>,
    /// <c>//clinic.example/x</c>), without a leading <c>www.</c>, port, path or query; null for empty input,
    /// garbage, and other schemes (<c>javascript:</c>, <c>android-app://</c>, <c>about:blank</c>). Internationalised
    /// names are returned as written (Unicode stays Unicode, punycode stays punycode).
    /// </summary>
    public static string? FromUrl(string? urlOrHost)
    {
        var text = urlOrHost.AsSpan().Trim();
        if (text.IsEmpty || text.Length > MaxInputLength)
        {
            return null;
        }

        var absolute = ToAbsoluteHttp(text.ToString());
        if (absolute is null
            || !Uri.TryCreate(absolute, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal) && host.Length > 4)
        {
            host = host[4..];
        }

        return host.Length is > 0 and <= MaxHostLength ? host : null;
    }

    // Gives bare hosts and protocol-relative URLs an http scheme; null for any other scheme.
    private static string? ToAbsoluteHttp(string text)
    {
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            return "http:" + text;
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            return text;
        }

        // "javascript:alert(1)" and "mailto:x@y" have a scheme; "clinic.example:8080" has a port.
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && !IsPortThenPath(text.AsSpan(colon + 1)))
        {
            return null;
        }

        // A bare word ("undefined", "null", "localhost") is script noise far more often than a referrer.
        var hostEnd = text.AsSpan().IndexOfAny(":/?#");
        var bareHost = hostEnd < 0 ? text.AsSpan() : text.AsSpan(0, hostEnd);
        return bareHost.Contains('.') ? "http://" + text : null;
    }

    private static bool IsPortThenPath(ReadOnlySpan<char> afterColon)
    {
        var end = afterColon.IndexOfAny("/?#");
        var port = end < 0 ? afterColon : afterColon[..end];
        return port.Length is > 0 and <= 5 && !port.ContainsAnyExceptInRange('0', '9');
    }
}
