using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Core.Tests.Content.Listing;

public sealed class ArticleIndexTests
{
    private static readonly List<Article> Articles = ListingArticles.Make(40);
    private static readonly ArticleIndex Index = new(Articles);

    [Fact]
    public void Select_Default_FirstPageNewestFirst()
    {
        var selection = Index.Select(ArticleQuery.Default);

        Assert.Equal(40, selection.Total);
        Assert.Equal(Enumerable.Range(0, 15), selection.Page.ToArray());
    }

    [Fact]
    public void Select_OffsetPastTheEnd_EmptyPageKeepsTotal()
    {
        var selection = Index.Select(ArticleQuery.Default with { Offset = 45 });

        Assert.Equal(40, selection.Total);
        Assert.Equal(0, selection.Page.Length);
    }

    [Fact]
    public void Select_LastPage_IsTheRemainder()
    {
        var selection = Index.Select(ArticleQuery.Default with { Offset = 30 });

        Assert.Equal(Enumerable.Range(30, 10), selection.Page.ToArray());
    }

    [Fact]
    public void Select_Tag_MatchesBySlugWhateverTheSpelling()
    {
        // "NK Cells" and "nk-cells" are one tag.
        var selection = Index.Select(ArticleQuery.Default with { Tag = "nk-cells", Limit = 100 });

        var expected = Enumerable.Range(0, 40).Where(i => i % 4 is 0 or 3);
        Assert.Equal(expected, selection.Page.ToArray());
        Assert.Equal(expected.Count(), Index.TagsBySlug["nk-cells"].Count);
    }

    [Fact]
    public void Tags_MostUsedFirstThenSlug_NameFromNewestArticle()
    {
        Assert.Equal(["fertility", "nk-cells", "immunology", "pregnancy"], Index.Tags.Select(t => t.Slug));
        Assert.Equal("NK Cells", Index.TagsBySlug["nk-cells"].Name);
        Assert.Equal(20, Index.TagsBySlug["fertility"].Count);
    }

    [Theory]
    [InlineData(ArticleOrder.Published, "2026-11-10", "2026-11-20", null, null)]
    [InlineData(ArticleOrder.Published, null, "2026-11-01", "fertility", null)]
    [InlineData(ArticleOrder.Published, "2026-11-25", null, null, "ada-author")]
    [InlineData(ArticleOrder.Title, "2026-11-10", "2026-11-20", null, null)]
    [InlineData(ArticleOrder.ReadingMinutes, null, null, "fertility", "ben-writer")]
    [InlineData(ArticleOrder.Published, "2026-11-05", "2026-11-25", "pregnancy", "ben-writer")]
    [InlineData(ArticleOrder.Published, "2030-01-01", null, null, null)]
    public void Select_Filters_EqualAFullScanInTheSameOrder(ArticleOrder order, string? from, string? to, string? tag, string? author)
    {
        var query = ArticleQuery.Default with
        {
            Order = order,
            Tag = tag,
            Author = author,
            PublishedFrom = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            PublishedTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            Limit = 100,
        };

        var expected = Scan(query);

        var selection = Index.Select(query);
        Assert.Equal(expected, selection.Page.ToArray());
        Assert.Equal(expected.Count, selection.Total);
    }

    [Fact]
    public void Select_OrderTitle_CaseInsensitiveAToZ()
    {
        var page = Index.Select(ArticleQuery.Default with { Order = ArticleOrder.Title, Limit = 100 }).Page.ToArray();

        var titles = page.Select(p => Articles[p].Metadata.Title).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
    }

    [Fact]
    public void Select_UnknownTagOrAuthor_Empty()
    {
        Assert.Equal(0, Index.Select(ArticleQuery.Default with { Tag = "nope" }).Total);
        Assert.Equal(0, Index.Select(ArticleQuery.Default with { Author = "nobody" }).Total);
    }

    // The reference: filter every article, then sort, with the same tie-break (catalog position).
    private static List<int> Scan(ArticleQuery query)
    {
        var matching = Enumerable.Range(0, Articles.Count).Where(i =>
        {
            var m = Articles[i].Metadata;
            return (query.Tag is null || m.Tags.Any(t => TagSlug.From(t) == query.Tag))
                && (query.Author is null || TagSlug.From(m.Author ?? string.Empty) == query.Author)
                && (query.PublishedFrom is null || m.Published >= query.PublishedFrom)
                && (query.PublishedTo is null || m.Published <= query.PublishedTo);
        });
        return query.Order switch
        {
            ArticleOrder.Title => [.. matching.OrderBy(i => Articles[i].Metadata.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i)],
            ArticleOrder.ReadingMinutes => [.. matching.OrderBy(i => Articles[i].ReadingMinutes).ThenBy(i => i)],
            _ => [.. matching],
        };
    }
}
