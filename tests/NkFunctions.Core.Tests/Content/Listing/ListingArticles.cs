using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content.Listing;

/// <summary>Generated published articles in catalog order (newest first), for index and query tests.</summary>
internal static class ListingArticles
{
    private static readonly string[][] TagSets = [["fertility", "NK Cells"], ["pregnancy"], ["fertility"], ["nk-cells", "immunology"]];

    /// <summary><paramref name="count"/> articles, one a day back from 2026-11-30; authors and tags cycle.</summary>
    public static List<Article> Make(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Make(
            $"article-{i:D3}",
            $"Title {(char)('Z' - (i % 26))} {i:D3}",
            i % 2 == 0 ? "Ada Author" : "Ben Writer",
            new DateOnly(2026, 11, 30).AddDays(-i),
            TagSets[i % TagSets.Length],
            readingMinutes: 1 + (i % 7)))];

    public static Article Make(string slug, string title, string? author, DateOnly published, IReadOnlyList<string> tags, int readingMinutes = 3) =>
        new(
            new ArticleMetadata(slug, title, author, published, null, "A summary.", tags, false, null, "/articles/" + slug),
            [],
            [],
            readingMinutes * 265,
            readingMinutes,
            "articles/" + slug + ".md");
}
