using System.Globalization;
using System.Text.Json;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>
/// The body of <c>POST /api/stats/links</c>: <c>{"label": "...", "article": "slug", "expires": "2027-01-31T00:00:00Z"}</c>,
/// article and expires optional. Unknown properties are refused: a misspelt "article" must not mint a site-wide link.
/// </summary>
/// <param name="Label">Who or what the link is for.</param>
/// <param name="Article">The one article it may read, or null for the whole site.</param>
/// <param name="Expires">When it stops working, or null.</param>
public sealed record SharedLinkRequest(string Label, string? Article, DateTimeOffset? Expires)
{
    /// <summary>Longest label, in characters.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>Largest body, in bytes.</summary>
    public const int MaxBodyBytes = 4096;

    /// <summary>The request, or the problem code and detail of the 400.</summary>
    public static (SharedLinkRequest? Request, string? Code, string? Detail) Parse(ReadOnlySpan<byte> body, DateTimeOffset now, Func<string, bool> articleExists)
    {
        ArgumentNullException.ThrowIfNull(articleExists);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException)
        {
            return Fail("invalid-body", "The body is not JSON; send {\"label\": \"...\", \"article\": \"slug\", \"expires\": \"2027-01-31T00:00:00Z\"}.");
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, now, articleExists);
            }
            catch (InvalidOperationException)
            {
                // A JSON escape of a lone surrogate ("\ud800") in a name or a value: no text to store, so no link.
                return Fail("invalid-body", "The body holds an escaped lone surrogate (\\uD800 to \\uDFFF alone), which is no text.");
            }
        }
    }

    private static (SharedLinkRequest? Request, string? Code, string? Detail) Read(JsonElement root, DateTimeOffset now, Func<string, bool> articleExists)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail("invalid-body", "The body must be a JSON object with label, and optionally article and expires.");
        }

        string? label = null, article = null;
        DateTimeOffset? expires = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "label" when property.Value.ValueKind == JsonValueKind.String:
                    label = property.Value.GetString()!.Trim();
                    break;
                case "article" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    article = property.Value.GetString()?.Trim();
                    break;
                case "expires" when property.Value.ValueKind is JsonValueKind.Null:
                    break;
                case "expires" when property.Value.ValueKind is JsonValueKind.String:
                    if (!DateTimeOffset.TryParse(property.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                    {
                        return Fail("invalid-expires", $"expires must be a date and time like 2027-01-31T00:00:00Z (got '{ProblemText.Shorten(property.Value.GetString()!)}').");
                    }

                    expires = at.ToUniversalTime();
                    break;
                case "label" or "article" or "expires":
                    return Fail("invalid-" + property.Name, $"{property.Name} must be a string.");
                default:
                    return Fail("invalid-body", $"Unknown property '{ProblemText.Shorten(property.Name)}': a link takes label, article and expires.");
            }
        }

        if (string.IsNullOrEmpty(label) || label.Length > MaxLabelLength || label.Any(char.IsControl))
        {
            return Fail("invalid-label", $"label is required: 1 to {MaxLabelLength} characters, no control characters (who or what the link is for).");
        }

        if (string.IsNullOrEmpty(article))
        {
            article = null;
        }
        else if (!articleExists(article))
        {
            return Fail("invalid-article", $"No published article has the slug '{ProblemText.Shorten(article)}'; leave article out for a site-wide link.");
        }

        if (expires is { } end && end <= now)
        {
            return Fail("invalid-expires", $"expires ({end:yyyy-MM-ddTHH:mm:ssZ}) is not in the future.");
        }

        return (new SharedLinkRequest(label, article, expires), null, null);
    }

    private static (SharedLinkRequest?, string?, string?) Fail(string code, string detail) => (null, code, detail);
}
