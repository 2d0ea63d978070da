using System.Globalization;
using System.Text;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// The RFC 8288 <c>Link</c> header of a list page: <c>first</c> and <c>last</c> always, <c>next</c> and <c>prev</c>
/// when they exist. Targets are path-absolute references (RFC 8288 §3.1 resolves them against the request), so the
/// header is right behind any host name or proxy; the query is written canonically from the validated parameters.
/// </summary>
internal static class PageLinks
{
    /// <param name="path">The request's path.</param>
    /// <param name="query">The validated query.</param>
    /// <param name="meta">Where the page sits.</param>
    /// <param name="tagInPath">True on a tag page, whose tag is in <paramref name="path"/> and must not be repeated as a parameter.</param>
    /// <param name="authorInPath">True on an author page, whose author is in <paramref name="path"/>.</param>
    public static string Header(string path, ArticleQuery query, PageMeta meta, bool tagInPath, bool authorInPath = false) =>
        Header(path, Filters(query, tagInPath, authorInPath), query.ByCursor, meta);

    /// <param name="path">The request's path.</param>
    /// <param name="filters">Every parameter that shapes the result but the position, each followed by '&amp;' (see <see cref="Append"/>).</param>
    /// <param name="byCursor">True when the page was named by cursor: prev and next are then cursors too.</param>
    /// <param name="meta">Where the page sits.</param>
    public static string Header(string path, string filters, bool byCursor, PageMeta meta)
    {
        var links = new List<string> { Link(path, filters, "page=1", "first") };
        if (byCursor)
        {
            AddIf(links, path, filters, meta.PrevCursor is { } prev ? "cursor=" + prev : null, "prev");
            AddIf(links, path, filters, meta.NextCursor is { } next ? "cursor=" + next : null, "next");
        }
        else
        {
            AddIf(links, path, filters, meta.Prev is { } prev ? "page=" + prev.ToString(CultureInfo.InvariantCulture) : null, "prev");
            AddIf(links, path, filters, meta.Next is { } next ? "page=" + next.ToString(CultureInfo.InvariantCulture) : null, "next");
        }

        links.Add(Link(path, filters, "page=" + meta.Pages.ToString(CultureInfo.InvariantCulture), "last"));
        return string.Join(", ", links);
    }

    private static void AddIf(List<string> links, string path, string filters, string? position, string rel)
    {
        if (position is not null)
        {
            links.Add(Link(path, filters, position, rel));
        }
    }

    private static string Link(string path, string filters, string position, string rel) =>
        "<" + path + "?" + filters + position + ">; rel=\"" + rel + "\"";

    // Every parameter that shapes the result except the position, each followed by '&'.
    private static string Filters(ArticleQuery query, bool tagInPath, bool authorInPath)
    {
        var text = new StringBuilder();
        Append(text, "tag", tagInPath ? null : query.Tag);
        Append(text, "author", authorInPath ? null : query.Author);
        Append(text, "publishedFrom", query.PublishedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Append(text, "publishedTo", query.PublishedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Append(text, "order", query.Order switch
        {
            ArticleOrder.Title => "title",
            ArticleOrder.ReadingMinutes => "readingMinutes",
            _ => null,
        });
        Append(text, "fields", query.Fields is null ? null : string.Join(",", query.Fields.Select(f => SummaryFields.Names[f])));
        Append(text, "limit", query.Limit == ArticleQuery.DefaultLimit ? null : query.Limit.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }

    /// <summary>Appends <c>name=value&amp;</c>, the value escaped, when there is a value.</summary>
    public static void Append(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }
    }
}
