using System.Collections.Frozen;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// Each article's related articles: those sharing the most tags (by tag slug), ties going to the newest. Computed once
/// per catalog through the tags, so the cost is the sum over articles of their tags' sizes, not every pair.
/// Articles sharing no tag are never related: recency alone says nothing about the subject.
/// </summary>
internal static class RelatedArticles
{
    /// <summary>How many related articles an article lists.</summary>
    public const int Count = 3;

    /// <param name="published">Published articles, newest first (position order is recency).</param>
    public static FrozenDictionary<string, IReadOnlyList<Article>> Compute(IReadOnlyList<Article> published)
    {
        var tagsOf = published.Select(a => a.Metadata.Tags.Select(TagSlug.From).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tagsOf.Length; i++)
        {
            foreach (var tag in tagsOf[i])
            {
                (byTag.TryGetValue(tag, out var list) ? list : byTag[tag] = []).Add(i);
            }
        }

        var related = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        for (var i = 0; i < tagsOf.Length; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var tag in tagsOf[i])
            {
                foreach (var other in byTag[tag])
                {
                    if (other != i)
                    {
                        shared[other] = shared.GetValueOrDefault(other) + 1;
                    }
                }
            }

            related[published[i].Metadata.Slug] = [.. shared
                .OrderByDescending(s => s.Value)
                .ThenBy(s => s.Key)
                .Take(Count)
                .Select(s => published[s.Key])];
        }

        return related.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
