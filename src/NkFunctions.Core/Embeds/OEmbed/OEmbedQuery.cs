using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Embeds.OEmbed;

/// <summary>A parsed oEmbed request (oEmbed 1.0 §2.2): the URL asked about and the consumer's limits.</summary>
/// <param name="Url">The absolute http(s) URL of the resource.</param>
/// <param name="MaxWidth">The consumer's maximum width, when given.</param>
/// <param name="MaxHeight">The consumer's maximum height, when given.</param>
/// <param name="Format">The response format.</param>
public sealed record OEmbedQuery(Uri Url, int? MaxWidth, int? MaxHeight, OEmbedFormat Format)
{
    /// <summary>Longest URL accepted, like the beacon endpoints' URLs.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Largest maxwidth or maxheight accepted; anything above is no limit at all in practice.</summary>
    public const int MaxDimension = 100_000;

    private static readonly string[] Parameters = ["url", "maxwidth", "maxheight", "format"];

    /// <summary>Parses the query string; on failure, <paramref name="error"/> says what was wrong.</summary>
    public static bool TryParse(IQueryCollection query, out OEmbedQuery? parsed, out OEmbedQueryError? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        parsed = null;
        foreach (var name in Parameters)
        {
            if (query[name].Count > 1)
            {
                error = new OEmbedQueryError(false, "duplicate-parameter", $"The {name} parameter was given {query[name].Count} times; give it once.");
                return false;
            }
        }

        var format = OEmbedFormat.Json;
        switch (query["format"].ToString())
        {
            case "" or "json":
                break;
            case "xml":
                format = OEmbedFormat.Xml;
                break;
            default:
                // oEmbed §2.3.5: an unsupported format is 501, not 400.
                error = new OEmbedQueryError(true, "unsupported-format", $"The format must be json or xml (got '{Http.ProblemText.Shorten(query["format"].ToString())}').");
                return false;
        }

        var raw = query["url"].ToString();
        if (raw.Length == 0)
        {
            error = new OEmbedQueryError(false, "url-required", "The url parameter is required: the public URL of an article, or of a section (…#section-id).");
            return false;
        }

        if (raw.Length > MaxUrlLength || !Uri.TryCreate(raw, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            error = new OEmbedQueryError(false, "invalid-url", $"The url parameter must be an absolute http(s) URL of at most {MaxUrlLength} characters (got '{Http.ProblemText.Shorten(raw)}').");
            return false;
        }

        if (!TryDimension(query, "maxwidth", out var maxWidth, out error) || !TryDimension(query, "maxheight", out var maxHeight, out error))
        {
            return false;
        }

        parsed = new OEmbedQuery(url, maxWidth, maxHeight, format);
        return true;
    }

    private static bool TryDimension(IQueryCollection query, string name, out int? value, out OEmbedQueryError? error)
    {
        value = null;
        error = null;
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (raw.All(char.IsAsciiDigit) && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxDimension)
        {
            value = n;
            return true;
        }

        error = new OEmbedQueryError(false, "invalid-" + name, $"The {name} parameter must be a whole number of pixels from 1 to {MaxDimension} (got '{Http.ProblemText.Shorten(raw)}').");
        return false;
    }
}

/// <summary>Why an oEmbed request was refused.</summary>
/// <param name="NotImplemented">True for an unsupported format (501), false for a malformed request (400).</param>
/// <param name="Code">The problem's stable code.</param>
/// <param name="Detail">What was wrong, for the caller.</param>
public sealed record OEmbedQueryError(bool NotImplemented, string Code, string Detail);
