using NkFunctions.Core.Content;
using NkFunctions.Core.Tests.TestSupport;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Load_MissingContentRoot_ThrowsDirectoryNotFound()
    {
        var missing = Path.Combine(Path.GetTempPath(), "nk-content-tests", Guid.NewGuid().ToString("N"));

        Assert.Throws<DirectoryNotFoundException>(() => Loader.Load(missing));
    }

    [Fact]
    public void Load_RootWithoutArticlesFolder_ReportsError()
    {
        using var root = new TempContentRoot();
        Directory.Delete(Path.Combine(root.Root, "articles"));

        var result = Loader.Load(root.Root);

        var error = Assert.Single(result.Errors);
        Assert.Equal("articles", error.File);
        Assert.Contains("has no 'articles' folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyArticlesFolder_IsValidAndEmpty()
    {
        using var root = new TempContentRoot();

        var result = Loader.Load(root.Root);

        Assert.True(result.IsValid);
        Assert.Empty(result.Articles);
    }

    [Fact]
    public void Load_ValidArticle_MapsFrontMatterToMetadata()
    {
        var text = ArticleText.WithFrontMatter("""
            title: "A: Title"
            slug: a-title
            author: Temp Dost
            published: 2026-11-03
            updated: 2026-11-04
            summary: >-
              One sentence.
              Two sentences.
            tags: [fertility, nk-cells]
            draft: false
            disclaimer: General information, not medical advice.
            path: /guides/a-title
            """);

        var result = LoadOne(text);

        Assert.Empty(result.Errors);
        var article = Assert.Single(result.Articles);
        Assert.Equal(
            new ArticleMetadata("a-title", "A: Title", "Temp Dost", new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 4), "One sentence. Two sentences.", article.Metadata.Tags, false, "General information, not medical advice.", "/guides/a-title"),
            article.Metadata);
        Assert.Equal(["fertility", "nk-cells"], article.Metadata.Tags);
        Assert.Equal("articles/article.md", article.SourceFile);
    }

    [Fact]
    public void Load_OptionalFieldsMissing_UseDefaults()
    {
        var metadata = Assert.Single(LoadOne(ArticleText.Valid()).Articles).Metadata;

        Assert.Null(metadata.Author);
        Assert.Null(metadata.Updated);
        Assert.Empty(metadata.Tags);
        Assert.False(metadata.Draft);
        Assert.Null(metadata.Disclaimer);
        Assert.Equal("/articles/test-article", metadata.PagePath);
    }

    [Fact]
    public void Load_Draft_IsLoadedAndFlagged()
    {
        var article = Assert.Single(LoadOne(ArticleText.WithExtraFields("draft: true")).Articles);

        Assert.True(article.Metadata.Draft);
    }

    [Fact]
    public void Load_DuplicateSlugs_NamesBothFilesAndDropsBothArticles()
    {
        using var root = new TempContentRoot();
        root.AddArticle("a.md", ArticleText.Valid(slug: "same"));
        root.AddArticle("b.md", ArticleText.Valid(slug: "same"));
        root.AddArticle("c.md", ArticleText.Valid(slug: "other"));

        var result = Loader.Load(root.Root);

        Assert.Equal(
            [
                new ContentError("articles/a.md", "slug 'same' is used by more than one article: articles/a.md, articles/b.md"),
                new ContentError("articles/b.md", "slug 'same' is used by more than one article: articles/a.md, articles/b.md"),
            ],
            result.Errors);
        Assert.Equal(["other"], result.Articles.Select(a => a.Metadata.Slug));
    }

    [Fact]
    public void Load_DuplicateSlugInFileWithOtherErrors_IsStillReported()
    {
        using var root = new TempContentRoot();
        root.AddArticle("a.md", ArticleText.Valid(slug: "same"));
        root.AddArticle("b.md", ArticleText.Valid(slug: "same", body: "A [broken](x.md) link.\n"));

        var result = Loader.Load(root.Root);

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal(2, result.Errors.Count(e => e.Message.StartsWith("slug 'same'", StringComparison.Ordinal)));
        Assert.Empty(result.Articles);
    }

    [Fact]
    public void Load_ErrorsInSeveralFiles_AreAllCollectedAndValidFilesStillLoad()
    {
        using var root = new TempContentRoot();
        root.AddArticle("bad-1.md", "no front matter\n");
        root.AddArticle("bad-2.md", ArticleText.WithExtraFields("titel: x"));
        root.AddArticle("good.md", ArticleText.Valid(slug: "good"));

        var result = Loader.Load(root.Root);

        Assert.Equal(["articles/bad-1.md", "articles/bad-2.md"], result.Errors.Select(e => e.File));
        Assert.False(result.IsValid);
        Assert.Equal(["good"], result.Articles.Select(a => a.Metadata.Slug));
    }

    [Fact]
    public void Load_OnlyTopLevelMarkdownFiles_AreRead()
    {
        using var root = new TempContentRoot();
        root.AddArticle("b.md", ArticleText.Valid(slug: "b"));
        root.AddArticle("a.MD", ArticleText.Valid(slug: "a"));
        root.AddArticle("notes.txt", "not markdown");
        root.AddArticle("a.mdx", "not markdown either");
        root.AddFile("articles/drafts/c.md", ArticleText.Valid(slug: "c"));

        var result = Loader.Load(root.Root);

        Assert.Empty(result.Errors);
        Assert.Equal(["articles/a.MD", "articles/b.md"], result.Articles.Select(a => a.SourceFile));
    }

    [Fact]
    public void Load_CrlfLineEndings_ParseLikeLf()
    {
        var lf = Assert.Single(LoadOne(ArticleText.Valid()).Articles);
        var crlf = Assert.Single(LoadOne(ArticleText.Valid().ReplaceLineEndings("\r\n")).Articles);

        Assert.Equal(lf.Sections.Select(s => (s.Id, s.Html, s.Text)), crlf.Sections.Select(s => (s.Id, s.Html, s.Text)));
        Assert.Equal("## First Section\r\n\r\nSome text.", crlf.Sections[1].Markdown);
    }

    [Fact]
    public void Load_BodyWithoutLead_HasNoIntroductionSection()
    {
        var article = Assert.Single(LoadOne(ArticleText.Valid(body: "## Only\n\nText.\n")).Articles);

        Assert.Equal(["only"], article.Sections.Select(s => s.Id));
        Assert.Equal(["only"], article.Toc.Select(t => t.Id));
    }

    [Fact]
    public void Load_Lead_IsIntroductionTitledAfterArticle()
    {
        var article = Assert.Single(LoadOne(ArticleText.Valid()).Articles);

        var introduction = article.Sections[0];
        Assert.Equal(("introduction", "Test Article", "<p>Lead paragraph.</p>"), (introduction.Id, introduction.Title, introduction.Html));
        Assert.Equal(new TocEntry("introduction", "Test Article", 1, "introduction", []), article.Toc[0] with { Children = [] });
    }

    [Fact]
    public void Load_SameRootFromManyThreads_GivesIdenticalResults()
    {
        using var root = new TempContentRoot();
        root.AddArticle("a.md", ArticleText.Valid(slug: "a", body: "Lead [x](https://example.org).\n\n## One\n\n![i](https://example.org/i.png)\n"));
        root.AddArticle("b.md", ArticleText.Valid(slug: "b"));
        var expected = Render(Loader.Load(root.Root));

        var results = new string[32];
        Parallel.For(0, results.Length, i => results[i] = Render(Loader.Load(root.Root)));

        Assert.All(results, result => Assert.Equal(expected, result));

        static string Render(ContentLoadResult result) =>
            string.Join("\n", result.Articles.SelectMany(a => a.Sections).Select(s => s.Html + s.Text + s.Markdown));
    }
}
