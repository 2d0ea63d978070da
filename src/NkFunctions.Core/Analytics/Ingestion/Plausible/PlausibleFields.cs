using System.Globalization;
using System.Text.Json;

namespace NkFunctions.Core.Analytics.Ingestion.Plausible;

/// <summary>
/// Reads one field of a Plausible event under either of its names: the compact key the official trackers send
/// (<c>n</c>, <c>u</c>, <c>d</c>, ...) or the long one of the Events API (<c>name</c>, <c>url</c>, <c>domain</c>, ...).
/// The compact key wins when both are present, as in Plausible's <c>request_body["n"] || request_body["name"]</c>
/// (plausible/analytics lib/plausible/ingestion/request.ex, commit 69e5af5d). JSON null counts as absent.
/// </summary>
internal readonly record struct PlausibleFields(JsonElement Root)
{
    /// <summary>The first present, non-null element among <paramref name="names"/>, and the name it was found under.</summary>
    public bool TryFind(out JsonElement element, out string foundAs, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Root.TryGetProperty(name, out element) && element.ValueKind != JsonValueKind.Null)
            {
                foundAs = name;
                return true;
            }
        }

        element = default;
        foundAs = names[0];
        return false;
    }

    /// <summary>
    /// A whole number sent as a JSON integer or as a string of digits (Plausible's <c>Integer.parse</c> takes both);
    /// anything else is not one.
    /// </summary>
    public static bool TryInteger(JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            JsonValueKind.String => JsonStrings.TryGet(element, out var text)
                && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }
}
