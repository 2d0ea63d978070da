using System.Text.Json;

namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>
/// Reads JSON strings that may not be text: valid JSON may escape a lone UTF-16 surrogate (<c>"\ud800"</c>), which
/// System.Text.Json refuses to turn into a string with an InvalidOperationException. Beacons with one are invalid
/// input (400), not a server error.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The string value, or false when it escapes a lone surrogate. The element must be a JSON string.</summary>
    public static bool TryGet(JsonElement element, out string value)
    {
        try
        {
            value = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    /// <summary>The property's name, or false when it escapes a lone surrogate.</summary>
    public static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }
}
