using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace NkFunctions.Core.Content.Seo;

/// <summary>
/// JSON-LD as the text of a <c>&lt;script type="application/ld+json"&gt;</c> element. A script element ends at the first
/// <c>&lt;/script</c> whatever the JSON around it (HTML Living Standard, "script data state"), so a title holding
/// <c>&lt;/script&gt;</c> would end it early: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are written as JSON escapes
/// (<c>\u003C</c>…), which are the same string to a JSON parser but nothing to the HTML tokenizer.
/// </summary>
public static class JsonLdScript
{
    // The default JavaScript encoder always escapes the HTML-sensitive characters (< > & ' " + `); all ranges are
    // allowed otherwise so non-English text stays readable.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary><paramref name="document"/> serialized for a script element.</summary>
    public static string Serialize(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToJsonString(Options);
    }
}
