using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Reads and validates <c>/api/search</c>'s query string with the list's own rules for <c>limit</c>, <c>page</c>,
/// <c>cursor</c> and <c>tag</c>, so the two endpoints answer a bad parameter alike.
/// </summary>
public static class SearchQueryParser
{
    /// <summary>The parameters search reads; repeated ones are refused.</summary>
    public static readonly string[] Parameters = ["q", "limit", "page", "cursor", "tag"];

    /// <summary>The query, or the 400 problem's code and detail.</summary>
    public static (SearchQuery? Query, ListQueryError? Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (ArticleQueryParser.Duplicate(query, Parameters) is { } duplicate)
        {
            return (null, duplicate);
        }

        if (ArticleQueryParser.Text(query["q"]) is not { } text)
        {
            return (null, new ListQueryError("invalid-query", "The q parameter is required: the words to search for."));
        }

        if (text.Length > SearchQuery.MaxLength)
        {
            return (null, new ListQueryError("invalid-query", $"The q parameter is {text.Length} characters long; at most {SearchQuery.MaxLength} are searched."));
        }

        if (!ArticleQueryParser.TryLimit(query, SearchQuery.DefaultLimit, SearchQuery.MaxLimit, out var limit, out var error)
            || !ArticleQueryParser.TryOffset(query, limit, out var offset, out var byCursor, out error)
            || !ArticleQueryParser.TrySlug("tag", ArticleQueryParser.Text(query["tag"]), out var tag, out error))
        {
            return (null, error);
        }

        return (new SearchQuery(text, tag, limit, offset, byCursor), null);
    }
}
