using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// Reads and validates a list's query string (<c>/api/articles</c>, <c>/api/tags/{tag}</c>). Every rejection names the
/// parameter and what it accepts. Parameters the list does not know are ignored, as they were before it had any.
/// </summary>
public static class ArticleQueryParser
{
    /// <summary>The parameters a list reads; repeated ones are refused rather than silently picking one.</summary>
    public static readonly string[] Parameters = ["limit", "page", "cursor", "tag", "author", "publishedFrom", "publishedTo", "order", "fields"];

    private const int MaxPage = 1_000_000;

    /// <summary>The query, or the 400 problem's code and detail.</summary>
    /// <param name="query">The request's query string.</param>
    /// <param name="tagFromPath">True on <c>/api/tags/{tag}</c>, where the tag comes from the path and <c>tag</c> is refused.</param>
    /// <param name="authorFromPath">True on <c>/api/authors/{author}</c>, where the author comes from the path and <c>author</c> is refused.</param>
    public static (ArticleQuery? Query, ListQueryError? Error) Parse(IQueryCollection query, bool tagFromPath, bool authorFromPath = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Duplicate(query, Parameters) is { } duplicate)
        {
            return (null, duplicate);
        }

        if (!TryLimit(query, ArticleQuery.DefaultLimit, ArticleQuery.MaxLimit, out var limit, out var error)
            || !TryOffset(query, limit, out var offset, out var byCursor, out error))
        {
            return (null, error);
        }

        var tag = Text(query["tag"]);
        if (tag is not null && tagFromPath)
        {
            return Fail("invalid-tag", "The tag parameter is not taken here: the tag is in the path.");
        }

        if (authorFromPath && Text(query["author"]) is not null)
        {
            return Fail("invalid-author", "The author parameter is not taken here: the author is in the path.");
        }

        if (!TrySlug("tag", tag, out var tagSlug, out error) || !TrySlug("author", Text(query["author"]), out var authorSlug, out error)
            || !TryDate(query, "publishedFrom", out var from, out error) || !TryDate(query, "publishedTo", out var to, out error))
        {
            return (null, error);
        }

        if (from > to)
        {
            return Fail("invalid-date", $"The publishedFrom parameter ({from:yyyy-MM-dd}) is after publishedTo ({to:yyyy-MM-dd}).");
        }

        var order = ArticleOrder.Published;
        if (Text(query["order"]) is { } orderText)
        {
            switch (orderText)
            {
                case "published":
                    break;
                case "title":
                    order = ArticleOrder.Title;
                    break;
                case "readingMinutes":
                    order = ArticleOrder.ReadingMinutes;
                    break;
                default:
                    return Fail("invalid-order", $"The order parameter must be one of published, title, readingMinutes (got '{ProblemText.Shorten(orderText)}').");
            }
        }

        if (!TryFields(Text(query["fields"]), out var fields, out error))
        {
            return (null, error);
        }

        return (new ArticleQuery(tagSlug, authorSlug, from, to, order, limit, offset, byCursor, fields), null);
    }

    /// <summary>The 400 for the first of <paramref name="names"/> given more than once, else null.</summary>
    internal static ListQueryError? Duplicate(IQueryCollection query, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (query[name].Count > 1)
            {
                return new ListQueryError("duplicate-parameter", $"The {name} parameter is given {query[name].Count} times; give it once.");
            }
        }

        return null;
    }

    /// <summary>Reads <c>limit</c> (1 to <paramref name="max"/>, <paramref name="fallback"/> when absent).</summary>
    internal static bool TryLimit(IQueryCollection query, int fallback, int max, out int limit, out ListQueryError? error)
    {
        error = null;
        limit = fallback;
        if (Text(query["limit"]) is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > max))
        {
            error = new ListQueryError("invalid-limit", $"The limit parameter must be a whole number from 1 to {max} (got '{ProblemText.Shorten(limitText)}').");
            return false;
        }

        return true;
    }

    /// <summary>Reads the position, <c>page</c> or <c>cursor</c> (not both), as the number of results before the page.</summary>
    internal static bool TryOffset(IQueryCollection query, int limit, out long offset, out bool byCursor, out ListQueryError? error)
    {
        error = null;
        offset = 0;
        var pageText = Text(query["page"]);
        var cursorText = Text(query["cursor"]);
        byCursor = cursorText is not null;
        if (pageText is not null && cursorText is not null)
        {
            error = new ListQueryError("invalid-cursor", "Give the cursor parameter or the page parameter, not both.");
            return false;
        }

        if (pageText is not null)
        {
            if (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page is < 1 or > MaxPage)
            {
                error = new ListQueryError("invalid-page", $"The page parameter must be a whole number from 1 to {MaxPage} (got '{ProblemText.Shorten(pageText)}').");
                return false;
            }

            offset = (long)(page - 1) * limit;
        }
        else if (cursorText is not null && !ListCursor.TryDecode(cursorText, out offset))
        {
            error = new ListQueryError("invalid-cursor", $"The cursor parameter must be a cursor from a previous page's meta.pagination or Link header (got '{ProblemText.Shorten(cursorText)}').");
            return false;
        }

        return true;
    }

    /// <summary>Reads a tag or author parameter as its slug (null when absent).</summary>
    internal static bool TrySlug(string name, string? text, out string? slug, out ListQueryError? error)
    {
        error = null;
        slug = null;
        if (text is null)
        {
            return true;
        }

        slug = TagSlug.From(text);
        if (slug.Length is > 0 and <= 100)
        {
            return true;
        }

        error = new ListQueryError("invalid-" + name, $"The {name} parameter must name a {name} by its slug or name: letters and digits, at most 100 (got '{ProblemText.Shorten(text)}').");
        return false;
    }

    private static bool TryDate(IQueryCollection query, string name, out DateOnly? date, out ListQueryError? error)
    {
        error = null;
        date = null;
        if (Text(query[name]) is not { } text)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = new ListQueryError("invalid-date", $"The {name} parameter must be an ISO 8601 date, yyyy-MM-dd (got '{ProblemText.Shorten(text)}').");
        return false;
    }

    private static bool TryFields(string? text, out IReadOnlyList<int>? fields, out ListQueryError? error)
    {
        fields = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        var picked = new SortedSet<int>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!SummaryFields.Index.TryGetValue(name, out var index))
            {
                error = new ListQueryError("invalid-fields", $"The fields parameter names an unknown field '{ProblemText.Shorten(name)}'; the fields are: {string.Join(", ", SummaryFields.Names)}.");
                return false;
            }

            picked.Add(index);
        }

        if (picked.Count == 0)
        {
            error = new ListQueryError("invalid-fields", $"The fields parameter must name at least one of: {string.Join(", ", SummaryFields.Names)}.");
            return false;
        }

        fields = [.. picked];
        return true;
    }

    /// <summary>The parameter's trimmed value; null when absent or blank.</summary>
    internal static string? Text(StringValues values) => values.Count == 0 || string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();

    private static (ArticleQuery?, ListQueryError?) Fail(string code, string detail) => (null, new ListQueryError(code, detail));
}

/// <summary>Why a list query was refused (always a 400).</summary>
/// <param name="Code">The problem's stable code.</param>
/// <param name="Detail">What was wrong, naming the parameter.</param>
public sealed record ListQueryError(string Code, string Detail);
