namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// Each article's related articles: those sharing the most tags (by tag slug), ties going to the newest. Articles
/// sharing no tag are never related: recency alone says nothing about the subject. The tag lists are built once per
/// catalog; an article's related articles are worked out when its document is first rendered (and kept with it),
/// through its own tags' lists, not every pair. Working them all out at load cost the sum over articles of their
/// tags' sizes, which grows with the square of the articles on a site of a few broad tags: 15 s at 10,000 articles
/// (BENCHMARKS.md, "Scale").
/// </summary>
internal sealed class RelatedArticles
{
    /// <summary>How many related articles an article lists.</summary>
    public const int Count = 3;

    private readonly IReadOnlyList<Article> _published;
    private readonly string[][] _tagsOf;
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    private RelatedArticles(IReadOnlyList<Article> published)
    {
        _published = published;
        _tagsOf = [.. published.Select(a => a.Metadata.Tags.Select(TagSlug.From).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray())];
        for (var i = 0; i < _tagsOf.Length; i++)
        {
            _positions[published[i].Metadata.Slug] = i;
            foreach (var tag in _tagsOf[i])
            {
                (_byTag.TryGetValue(tag, out var list) ? list : _byTag[tag] = []).Add(i);
            }
        }
    }

    /// <summary>The related articles of the published article <paramref name="slug"/>.</summary>
    public IReadOnlyList<Article> this[string slug] => Of(_positions[slug]);

    /// <param name="published">Published articles, newest first (position order is recency).</param>
    public static RelatedArticles Compute(IReadOnlyList<Article> published) => new(published);

    private List<Article> Of(int i)
    {
        var shared = new Dictionary<int, int>();
        foreach (var tag in _tagsOf[i])
        {
            foreach (var other in _byTag[tag])
            {
                if (other != i)
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }
        }

        return [.. shared
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key)
            .Take(Count)
            .Select(s => _published[s.Key])];
    }
}
