using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Http;
using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>
/// Puts a shared link's scope into a report request before the stats API reads it. A site-wide link changes nothing.
/// An article link forces <c>article=</c> to its article, and refuses a request that names another one (in
/// <c>article</c> or in an article filter) rather than answering it with zeros: the reader learns the link's limit.
/// Rewriting the query keeps one parser, one set of reports and one set of answers for both kinds of credential.
/// </summary>
public static class SharedScope
{
    /// <summary>Null when the request is within the link's scope (now forced into its query), else why not.</summary>
    public static string? Apply(HttpRequest request, SharedLink link)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(link);
        if (link.Article is not { } article)
        {
            return null;
        }

        var query = request.Query;
        foreach (var asked in query["article"])
        {
            if (!string.IsNullOrWhiteSpace(asked) && asked.Trim() != article)
            {
                return $"This shared link shows the article '{article}' only, not '{ProblemText.Shorten(asked.Trim())}'.";
            }
        }

        foreach (var filters in query["filters"])
        {
            if (OtherArticleFilter(filters ?? string.Empty, article) is { } other)
            {
                return $"This shared link shows the article '{article}' only; the filter '{ProblemText.Shorten(other)}' reaches beyond it.";
            }
        }

        var scoped = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        scoped["article"] = new StringValues(article);
        request.Query = new QueryCollection(scoped);
        return null;
    }

    // Any article filter but article==<the link's article> (filters=dimension==|!=|~value;..., StatsQueryParser's syntax).
    private static string? OtherArticleFilter(string filters, string article)
    {
        foreach (var part in filters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = part.IndexOfAny(['=', '!', '~']);
            if (at < 0 || !DimensionNames.TryParse(part[..at].Trim(), out var dimension) || dimension != Dimension.Article)
            {
                continue; // the parser refuses or applies it; it cannot widen the scope
            }

            if (!part.AsSpan(at).StartsWith("==") || part[(at + 2)..].Trim() != article)
            {
                return part;
            }
        }

        return null;
    }
}
