using System.Collections.Frozen;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// The published articles in every list order, whole and per tag and per author, computed once per catalog. A list
/// request then slices a precomputed array; only a date filter on a non-date order, or two keyed filters at once,
/// walks the (already narrowed) candidates.
/// </summary>
internal sealed class ArticleIndex
{
    private static readonly ArticleOrder[] Orders = Enum.GetValues<ArticleOrder>();

    private readonly IReadOnlyList<Article> _articles;
    private readonly int[][] _all;
    private readonly FrozenDictionary<string, int[][]> _byTag;
    private readonly FrozenDictionary<string, int[][]> _byAuthor;

    /// <param name="articles">Published articles in catalog order (newest first), the positions every array refers to.</param>
    public ArticleIndex(IReadOnlyList<Article> articles)
    {
        _articles = articles;
        _all = Sorted([.. Enumerable.Range(0, articles.Count)]);
        var tagged = articles
            .SelectMany((a, i) => a.Metadata.Tags.Select(t => (Slug: TagSlug.From(t), Name: t, Position: i)))
            .Where(t => t.Slug.Length > 0)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
        _byTag = tagged.ToFrozenDictionary(g => g.Key, g => Sorted([.. g.Select(t => t.Position).Distinct()]), StringComparer.Ordinal);
        // Positions are newest first, so the first spelling seen is the newest article's.
        Tags = [.. tagged
            .Select(g => new TagInfo(g.Key, g.First().Name, _byTag[g.Key][0].Length))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)];
        TagsBySlug = Tags.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        _byAuthor = articles
            .Select((a, i) => (Slug: a.Metadata.Author is { } author ? TagSlug.From(author) : string.Empty, Position: i))
            .Where(a => a.Slug.Length > 0)
            .GroupBy(a => a.Slug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Sorted([.. g.Select(a => a.Position)]), StringComparer.Ordinal);
    }

    /// <summary>Every tag, most used first, then by slug.</summary>
    public IReadOnlyList<TagInfo> Tags { get; }

    /// <summary>Tags by slug.</summary>
    public FrozenDictionary<string, TagInfo> TagsBySlug { get; }

    /// <summary>The page <paramref name="query"/> asks for and the number of matches.</summary>
    public ListSelection Select(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var candidates = Candidates(query);
        if (candidates is null)
        {
            return new ListSelection(ReadOnlyMemory<int>.Empty, 0);
        }

        var matches = (ReadOnlyMemory<int>)candidates;
        var mustCheckAuthor = query.Tag is not null && query.Author is not null;
        var hasDates = query.PublishedFrom is not null || query.PublishedTo is not null;
        if (query.Order == ArticleOrder.Published && hasDates && !mustCheckAuthor)
        {
            // Positions in date order are publication dates descending: the date range is one contiguous run.
            var start = FirstAtOrBefore(candidates, query.PublishedTo ?? DateOnly.MaxValue);
            var end = query.PublishedFrom is { } from && from > DateOnly.MinValue ? FirstAtOrBefore(candidates, from.AddDays(-1)) : candidates.Length;
            matches = candidates.AsMemory(start, end - start);
        }
        else if (hasDates || mustCheckAuthor)
        {
            matches = candidates.Where(p => Matches(_articles[p].Metadata, query, mustCheckAuthor)).ToArray();
        }

        var offset = (int)Math.Min(query.Offset, matches.Length);
        var page = matches.Slice(offset, Math.Min(query.Limit, matches.Length - offset));
        return new ListSelection(page, matches.Length);
    }

    private int[]? Candidates(ArticleQuery query)
    {
        var order = (int)query.Order;
        if (query.Tag is not null)
        {
            return _byTag.TryGetValue(query.Tag, out var byTag) ? byTag[order] : null;
        }

        if (query.Author is not null)
        {
            return _byAuthor.TryGetValue(query.Author, out var byAuthor) ? byAuthor[order] : null;
        }

        return _all[order];
    }

    private static bool Matches(ArticleMetadata m, ArticleQuery query, bool checkAuthor) =>
        (query.PublishedFrom is not { } from || m.Published >= from)
        && (query.PublishedTo is not { } to || m.Published <= to)
        && (!checkAuthor || (m.Author is { } author && TagSlug.From(author) == query.Author));

    // The first index whose article was published on or before the date (positions ascending = dates descending).
    private int FirstAtOrBefore(int[] positions, DateOnly date)
    {
        int low = 0, high = positions.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_articles[positions[mid]].Metadata.Published > date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private int[][] Sorted(int[] positions)
    {
        var sorted = new int[Orders.Length][];
        foreach (var order in Orders)
        {
            sorted[(int)order] = order switch
            {
                ArticleOrder.Title => [.. positions.OrderBy(p => _articles[p].Metadata.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p)],
                ArticleOrder.ReadingMinutes => [.. positions.OrderBy(p => _articles[p].ReadingMinutes).ThenBy(p => p)],
                _ => [.. positions.Order()],
            };
        }

        return sorted;
    }
}
