using System.Buffers;
using System.Text.Json;
using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Writes a search page: <c>{ query, results: [{ slug, title, summary, pagePath, url, score, snippet, sections }],
/// meta: { pagination } }</c>. Snippets are made here, for the page's sections only.
/// </summary>
internal static class SearchPageWriter
{
    // The thread's write buffer, kept between searches: a page is written into it and copied out once.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static byte[] Write(SearchIndex index, SearchTerms terms, SearchQuery query, SearchPage page, PageMeta meta, PublicBase publicBase)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query.Text);
            writer.WriteStartArray("results");
            var matcher = new TermMatcher(terms, index.Analyzer);
            foreach (var hit in page.Hits)
            {
                WriteHit(writer, index, matcher, hit, publicBase);
            }

            writer.WriteEndArray();
            ListPageWriter.WriteMeta(writer, meta);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteHit(Utf8JsonWriter writer, SearchIndex index, TermMatcher matcher, ArticleHit hit, PublicBase publicBase)
    {
        var article = index.Articles[hit.Position];
        var m = article.Metadata;
        var url = publicBase.ApiRoot + "/articles/" + Uri.EscapeDataString(m.Slug);
        var snippets = hit.Sections.Select(s => SnippetBuilder.Build(article.Sections[s.Section].Text, matcher.Find(article.Sections[s.Section].Text))).ToList();
        writer.WriteStartObject();
        writer.WriteString("slug", m.Slug);
        writer.WriteString("title", m.Title);
        writer.WriteString("summary", m.Summary);
        writer.WriteString("pagePath", m.PagePath);
        writer.WriteString("url", url);
        writer.WriteNumber("score", Math.Round(hit.Score, 4));
        // The article's snippet is its best section's.
        writer.WriteString("snippet", snippets.Count > 0 ? snippets[0] : string.Empty);
        writer.WriteStartArray("sections");
        for (var i = 0; i < hit.Sections.Count; i++)
        {
            var section = article.Sections[hit.Sections[i].Section];
            writer.WriteStartObject();
            writer.WriteString("id", section.Id);
            writer.WriteString("title", section.Title);
            writer.WriteString("snippet", snippets[i]);
            writer.WriteString("url", url + "/sections/" + Uri.EscapeDataString(section.Id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
