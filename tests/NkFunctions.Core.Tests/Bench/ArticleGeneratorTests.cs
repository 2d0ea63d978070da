using ArticleGen;
using NkFunctions.Core.Tests.TestSupport;

namespace NkFunctions.Core.Tests.Bench;

/// <summary>
/// The scale benchmark's article generator (bench/ArticleGen): its articles load through the app's own loader with the
/// seed article's shape (six sections, ~900 words, a list), vary where a site varies, and are the same for a seed.
/// </summary>
public sealed class ArticleGeneratorTests
{
    private const int Count = 40;

    private static readonly string Seed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "content", "articles", "nk-cells-in-pregnancy.md"));

    [Fact]
    public void Write_Articles_LoadWithoutErrorsInTheSeedArticlesShape()
    {
        using var root = new TempContentRoot();
        new ArticleGenerator(Seed).Write(root.Root, Count);

        var result = Loading.Loader.Load(root.Root);

        Assert.Empty(result.Errors);
        Assert.Equal(Count, result.Articles.Count);
        var seed = Loading.LoadOne(Seed).Articles.Single();
        Assert.All(result.Articles, article =>
        {
            // Six sections like the seed: the lead, then five '##' sections, with their own ids (headings are varied too).
            Assert.Equal(seed.Sections.Count, article.Sections.Count);
            Assert.Equal("introduction", article.Sections[0].Id);
            // A third of the words are swapped one for one, so the length is the seed's give or take a few words.
            Assert.InRange(article.WordCount, seed.WordCount - 30, seed.WordCount + 30);
            Assert.Contains(article.Sections, s => s.Html.Contains("<ul>", StringComparison.Ordinal));
        });
        Assert.True(result.Articles.SelectMany(a => a.Sections.Skip(1)).Select(s => s.Id).Distinct().Count() > Count * 4, "section ids vary between articles");
    }

    [Fact]
    public void Write_FrontMatter_VariesTitlesTagsAuthorsAndDates()
    {
        using var root = new TempContentRoot();
        new ArticleGenerator(Seed).Write(root.Root, Count);

        var articles = Loading.Loader.Load(root.Root).Articles.Select(a => a.Metadata).ToList();

        Assert.Equal(Count, articles.Select(a => a.Title).Distinct().Count());
        Assert.All(articles, a => Assert.InRange(a.Tags.Count, 2, 4));
        Assert.All(articles.SelectMany(a => a.Tags), tag => Assert.Contains(tag, ArticleGenerator.Tags));
        Assert.True(articles.SelectMany(a => a.Tags).Distinct().Count() >= 10, "many tags are used");
        Assert.True(articles.Select(a => a.Author).Distinct().Count() >= 5, "several authors write");
        // Newest first in file order, one to three days apart.
        var dates = articles.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(a => a.Published).ToList();
        Assert.Equal(ArticleGenerator.Newest, dates[0]);
        Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.InRange(pair.First.DayNumber - pair.Second.DayNumber, 1, 3));
    }

    [Fact]
    public void Write_SameSeed_SameFilesByteForByte_OtherSeed_OtherWords()
    {
        using var first = new TempContentRoot();
        using var second = new TempContentRoot();
        using var other = new TempContentRoot();
        new ArticleGenerator(Seed).Write(first.Root, 5, seed: 7);
        new ArticleGenerator(Seed).Write(second.Root, 5, seed: 7);
        new ArticleGenerator(Seed).Write(other.Root, 5, seed: 8);

        for (var i = 0; i < 5; i++)
        {
            var file = Path.Combine("articles", ArticleGenerator.Slug(i) + ".md");
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Root, file)), File.ReadAllBytes(Path.Combine(second.Root, file)));
            Assert.NotEqual(File.ReadAllText(Path.Combine(first.Root, file)), File.ReadAllText(Path.Combine(other.Root, file)));
        }
    }

    [Fact]
    public void Constructor_TextWithoutFrontMatter_Throws() =>
        Assert.Throws<ArgumentException>(() => new ArticleGenerator("# Just a heading\n\nNo front matter here."));
}
