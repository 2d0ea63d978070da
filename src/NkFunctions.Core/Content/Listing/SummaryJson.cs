using System.Text.Json;
using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// Each published article's summary fields as ready JSON values, made once per catalog, so a list page of any
/// <c>fields</c> selection is written by copying bytes, never by serializing articles per request.
/// </summary>
internal sealed class SummaryJson
{
    private readonly byte[][][] _values;

    /// <param name="articles">Published articles in catalog order.</param>
    public SummaryJson(IReadOnlyList<Article> articles)
    {
        _values = new byte[articles.Count][][];
        for (var i = 0; i < articles.Count; i++)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(RepresentationBuilder.Summary(articles[i]), ContentJsonContext.Default.ArticleSummaryDto);
            using var doc = JsonDocument.Parse(bytes);
            _values[i] = [.. SummaryFields.Names.Select(n => JsonSerializer.SerializeToUtf8Bytes(doc.RootElement.GetProperty(n)))];
        }
    }

    /// <summary>Writes the summary of the article at <paramref name="position"/> with the chosen fields (null: all).</summary>
    public void Write(Utf8JsonWriter writer, int position, IReadOnlyList<int>? fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var values = _values[position];
        writer.WriteStartObject();
        if (fields is null)
        {
            for (var f = 0; f < values.Length; f++)
            {
                Write(writer, f, values[f]);
            }
        }
        else
        {
            foreach (var f in fields)
            {
                Write(writer, f, values[f]);
            }
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, int field, byte[] value)
    {
        writer.WritePropertyName(SummaryFields.Names[field]);
        writer.WriteRawValue(value, skipInputValidation: true);
    }
}
