using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Core.Content.Authors;

/// <summary>The authors of the published articles, with their records where <c>authors.yml</c> has one.</summary>
internal static class AuthorList
{
    /// <param name="published">Published articles, newest first (so the first spelling of a name seen is the newest).</param>
    /// <param name="directory">The author records.</param>
    /// <returns>Most articles first, then by slug.</returns>
    public static IReadOnlyList<AuthorInfo> Build(IReadOnlyList<Article> published, AuthorDirectory directory) =>
        [.. published
            .Where(a => a.Metadata.Author is { } name && TagSlug.From(name).Length > 0)
            .GroupBy(a => TagSlug.From(a.Metadata.Author!), StringComparer.Ordinal)
            .Select(g =>
            {
                var profile = directory.Find(g.Key);
                return new AuthorInfo(
                    g.Key,
                    profile?.Name ?? g.First().Metadata.Author!,
                    g.Count(),
                    profile?.Bio,
                    profile?.Url,
                    profile is { SameAs.Count: > 0 } ? profile.SameAs : null);
            })
            .OrderByDescending(a => a.Count)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)];
}
