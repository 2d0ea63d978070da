using System.Text;
using System.Text.Json;

namespace NkFunctions.Core.Analytics.Ingestion.Plausible;

/// <summary>
/// Custom properties (<c>p</c>, <c>m</c>, <c>props</c> or <c>meta</c>), read as Plausible reads them
/// (plausible/analytics lib/plausible/ingestion/request.ex, commit 69e5af5d: <c>put_props</c>): an object, or a string
/// holding one; anything else means no props. Values that are arrays, objects, null or blank are skipped, numbers and
/// booleans become text, at most 30 are kept, and a key over 300 bytes or a value over 2,000 bytes makes the event
/// invalid. Then our privacy rule: a value that is an http(s) URL keeps only its origin and path (no query, no
/// fragment, no credentials), so a prop can never smuggle in what we refuse to store elsewhere.
/// </summary>
internal static class PlausibleProps
{
    public const int MaxProps = 30;

    public const int MaxKeyBytes = 300;

    public const int MaxValueBytes = 2000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = BeaconLimits.MaxJsonDepth };

    /// <summary>The props (null when none), or the error naming the offending field.</summary>
    public static (Dictionary<string, string>? Props, string? Field, string? Error) Read(JsonElement raw, string field)
    {
        if (raw.ValueKind == JsonValueKind.String)
        {
            if (!JsonStrings.TryGet(raw, out var text))
            {
                return (null, field, "is not valid text.");
            }

            try
            {
                using var inner = JsonDocument.Parse(text, Options);
                return inner.RootElement.ValueKind == JsonValueKind.Object ? ReadObject(inner.RootElement, field) : (null, null, null);
            }
            catch (JsonException)
            {
                return (null, null, null); // Plausible: a string that is not a JSON object means no props
            }
        }

        return raw.ValueKind == JsonValueKind.Object ? ReadObject(raw, field) : (null, null, null);
    }

    private static (Dictionary<string, string>?, string?, string?) ReadObject(JsonElement obj, string field)
    {
        var props = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (props.Count == MaxProps)
            {
                break;
            }

            if (!JsonStrings.TryGetName(property, out var key))
            {
                return (null, field, "has a key that is not valid text.");
            }

            string? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => JsonStrings.TryGet(property.Value, out var text) ? text : "\uFFFF",
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (value == "\uFFFF")
            {
                return (null, $"{field}.{Shorten(key)}", "is not valid text.");
            }

            if (value is null || key.TrimStart().Length == 0 || value.TrimStart().Length == 0)
            {
                continue;
            }

            if (Encoding.UTF8.GetByteCount(key) > MaxKeyBytes || Encoding.UTF8.GetByteCount(value) > MaxValueBytes)
            {
                return (null, $"{field}.{Shorten(key)}", $"is too long: keys may have at most {MaxKeyBytes} bytes and values {MaxValueBytes} bytes.");
            }

            props[key] = WithoutQuery(value);
        }

        return (props.Count == 0 ? null : props, null, null);
    }

    /// <summary>An http(s) URL reduced to origin and path; any other text unchanged.</summary>
    internal static string WithoutQuery(string value)
    {
        var text = value.Trim();
        if (!(text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return value;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : "(invalid url)";
    }

    private static string Shorten(string key) => key.Length <= 40 ? key : key[..40] + "…";
}
