using System.Text.Json;

namespace NkFunctions.Core.Content.Listing;

/// <summary>Writes a list page: <c>{ [lead], articles: [...], meta: { pagination } }</c>.</summary>
internal static class ListPageWriter
{
    /// <summary>The page's JSON bytes; <paramref name="lead"/> writes properties before <c>articles</c> (a tag page's <c>tag</c>).</summary>
    public static byte[] Write(SummaryJson summaries, ListSelection selection, ArticleQuery query, PageMeta meta, Action<Utf8JsonWriter>? lead = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            lead?.Invoke(writer);
            writer.WriteStartArray("articles");
            foreach (var position in selection.Page.Span)
            {
                summaries.Write(writer, position, query.Fields);
            }

            writer.WriteEndArray();
            WriteMeta(writer, meta);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <c>"meta": { "pagination": {...} }</c>, the same on every paginated list (articles, search).</summary>
    public static void WriteMeta(Utf8JsonWriter writer, PageMeta meta)
    {
        writer.WriteStartObject("meta");
        writer.WriteStartObject("pagination");
        writer.WriteNumber("page", meta.Page);
        writer.WriteNumber("limit", meta.Limit);
        writer.WriteNumber("pages", meta.Pages);
        writer.WriteNumber("total", meta.Total);
        WriteNullable(writer, "next", meta.Next);
        WriteNullable(writer, "prev", meta.Prev);
        writer.WriteString("nextCursor", meta.NextCursor);
        writer.WriteString("prevCursor", meta.PrevCursor);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
