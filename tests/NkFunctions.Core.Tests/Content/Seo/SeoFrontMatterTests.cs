using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Seo;
using NkFunctions.Core.Tests.TestSupport;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content.Seo;

/// <summary>The SEO and health front matter: accepted when right, one clear error (with its line) when wrong.</summary>
public sealed class SeoFrontMatterTests
{
    private const string AllFields = """
        metaTitle: Test article for search
        metaDescription: What the test article says, in one line.
        canonicalUrl: https://journal.example/originals/test-article
        reviewedBy: Dr Rev Iewer
        lastReviewed: 2026-02-01
        references:
          - title: Uterine NK cells in pregnancy
            url: https://doi.org/10.1038/nri.2016.27
            authors: [A. Moffett, F. Colucci]
            publisher: Nature Reviews Immunology
            year: 2016
            doi: 10.1038/nri.2016.27
          - title: A single-author note
            authors: B. Writer
            date: 2025-05-04
        """;

    [Fact]
    public void Load_EveryField_IsReadIntoTheMetadata()
    {
        var result = LoadOne(ArticleText.WithExtraFields(AllFields));

        Assert.Empty(result.Errors);
        var m = Assert.Single(result.Articles).Metadata;
        Assert.Equal("Test article for search", m.MetaTitle);
        Assert.Equal("What the test article says, in one line.", m.MetaDescription);
        Assert.Equal("https://journal.example/originals/test-article", m.CanonicalUrl);
        Assert.Equal("Dr Rev Iewer", m.ReviewedBy);
        Assert.Equal(new DateOnly(2026, 2, 1), m.LastReviewed);
        Assert.Equal(2, m.References.Count);
        var first = m.References[0];
        Assert.Equal(new Reference("Uterine NK cells in pregnancy", "https://doi.org/10.1038/nri.2016.27", first.Authors, "Nature Reviews Immunology", 2016, null, "10.1038/nri.2016.27"), first);
        Assert.Equal(["A. Moffett", "F. Colucci"], first.Authors);
        Assert.Equal(["B. Writer"], m.References[1].Authors);
        Assert.Equal(new DateOnly(2025, 5, 4), m.References[1].Date);
    }

    [Fact]
    public void Load_NoSeoFields_LeavesThemUnset()
    {
        var m = Assert.Single(LoadOne(ArticleText.Valid()).Articles).Metadata;

        Assert.Null(m.MetaTitle);
        Assert.Null(m.MetaDescription);
        Assert.Null(m.CanonicalUrl);
        Assert.Null(m.ReviewedBy);
        Assert.Null(m.LastReviewed);
        Assert.Empty(m.References);
    }

    [Theory]
    [InlineData("metaTitle: " + "Sixty-one characters is one more than a search result shows!!", "'metaTitle' is 61 characters long")]
    [InlineData("canonicalUrl: /articles/test-article", "'canonicalUrl' '/articles/test-article' must be an absolute http or https URL")]
    [InlineData("canonicalUrl: ftp://files.example/a", "'canonicalUrl' 'ftp://files.example/a' must be an absolute http or https URL")]
    [InlineData("lastReviewed: 2026-13-01", "'lastReviewed' '2026-13-01' is not a date")]
    [InlineData("lastReviewed: 2025-12-31", "'lastReviewed' (2025-12-31) is before 'published' (2026-01-01)")]
    public void Load_WrongSeoField_ReportsIt(string line, string expected)
    {
        var error = Assert.Single(ErrorsOf(LoadOne(ArticleText.WithExtraFields(line))));

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MetaDescriptionOver160_ReportsItsLength()
    {
        var error = Assert.Single(ErrorsOf(LoadOne(ArticleText.WithExtraFields("metaDescription: " + new string('x', 161)))));

        Assert.Equal("'metaDescription' is 161 characters long; search results show at most 160: shorten it (or leave it out to use the summary, cut to fit)", error);
    }

    [Fact]
    public void Load_LastReviewedInTheFuture_IsAnErrorButTodayAnywhereIsNot()
    {
        // 2026-03-01 10:00 UTC is already 2026-03-02 in Kiribati (UTC+14), so a review dated 03-02 is not in the future.
        var loader = new ContentLoader(new FixedTime(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero)));
        using var root = new TempContentRoot();
        root.AddArticle("today.md", ArticleText.WithExtraFields("lastReviewed: 2026-03-02"));
        root.AddArticle("future.md", ArticleText.WithExtraFields("lastReviewed: 2026-03-03").Replace("slug: test-article", "slug: future", StringComparison.Ordinal));

        var result = loader.Load(root.Root);

        var error = Assert.Single(result.Errors);
        Assert.Equal("articles/future.md", error.File);
        Assert.Equal("'lastReviewed' (2026-03-03) is in the future; give the date the review was done", error.Message);
        Assert.Equal("test-article", Assert.Single(result.Articles).Metadata.Slug);
    }

    [Theory]
    [InlineData("references: a paper", "'references' must be a list of citations, each with at least a title (line 6)")]
    [InlineData("references:\n  - just a title", "'references' entry 1 must be a citation such as { title: ..., url: https://... }, not a value of another kind (line 7)")]
    [InlineData("references:\n  - url: https://a.example/", "'references' entry 1 has no 'title' (line 7); every citation needs one")]
    [InlineData("references:\n  - title: T\n  - title: U\n    url: not-a-url", "'references' entry 2: 'url' 'not-a-url' must be an absolute http or https URL (line 8)")]
    [InlineData("references:\n  - title: T\n    doi: https://doi.org/10.1038/x", "'references' entry 1: 'doi' 'https://doi.org/10.1038/x' is not a DOI")]
    [InlineData("references:\n  - title: T\n    year: 2016\n    date: 2016-01-01", "'references' entry 1 gives both 'year' and 'date' (line 7); give one")]
    [InlineData("references:\n  - title: T\n    year: sixteen", "'references' entry 1: 'year' 'sixteen' must be a four-digit year (line 7)")]
    [InlineData("references:\n  - title: T\n    journal: Nature", "'references' entry 1 has an unknown key 'journal' (line 8); a citation's keys are: title, url, authors, publisher, year, date, doi")]
    [InlineData("references:\n  - title: T\n    authors: [A, '']", "'references' entry 1: every entry of 'authors' must be a non-empty name (line 8)")]
    public void Load_WrongReference_ReportsItWithItsLine(string lines, string expected)
    {
        var error = Assert.Single(ErrorsOf(LoadOne(ArticleText.WithExtraFields(lines))));

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
