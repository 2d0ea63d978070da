using AngleSharp.Html.Parser;
using NkFunctions.Core.Content;
using NkFunctions.Core.Tests.TestSupport;

namespace NkFunctions.Core.Tests.Content;

/// <summary>The repository's real <c>content/</c> folder: it must load cleanly, and the seed must match its source.</summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<ContentLoadResult> Content =
        new(() => new ContentLoader().Load(Path.Combine(TestPaths.RepositoryRoot(), "content")));

    private static Article Seed =>
        Assert.Single(Content.Value.Articles, a => a.Metadata.Slug == "nk-cells-in-pregnancy");

    [Fact]
    public void Load_RepositoryContent_HasNoErrors()
    {
        Assert.Empty(Content.Value.Errors);
    }

    [Fact]
    public void Load_Seed_HasTheSixSectionsInOrder()
    {
        Assert.Equal(
            [
                "introduction",
                "understanding-nk-cells-in-fertility",
                "how-nk-cells-influence-fertility",
                "exploring-treatments-and-support-for-nk-cell-imbalance",
                "the-science-behind-nk-cells-and-pregnancy-success",
                "moving-forward-with-confidence-and-care",
            ],
            Seed.Sections.Select(s => s.Id));
        Assert.Equal(Seed.Sections.Select(s => s.Id), Seed.Toc.Select(t => t.Id));
        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", Seed.Sections[0].Title);
        Assert.Equal("Understanding NK Cells in Fertility", Seed.Sections[1].Title);
    }

    [Fact]
    public void Load_Seed_MetadataComesFromTheSourceHeader()
    {
        var metadata = Seed.Metadata;

        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", metadata.Title);
        Assert.Equal("Temp Dost", metadata.Author);
        Assert.Equal(new DateOnly(2026, 11, 3), metadata.Published);
        Assert.False(metadata.Draft);
        Assert.Equal("/articles/nk-cells-in-pregnancy", metadata.PagePath);
        Assert.NotNull(metadata.Disclaimer);
        Assert.InRange(metadata.Summary.Length, 1, 300);
    }

    [Fact]
    public void Load_Seed_TreatmentsAreAListOfThree()
    {
        var section = Seed.Sections.Single(s => s.Id == "exploring-treatments-and-support-for-nk-cell-imbalance");
        var body = new HtmlParser().ParseDocument(section.Html).Body!;

        var list = Assert.Single(body.QuerySelectorAll("ul"));
        Assert.Equal(
            ["Immunotherapy:", "Lifestyle adjustments:", "Supplements:"],
            list.QuerySelectorAll("li").Select(li => li.QuerySelector("strong")!.TextContent));
    }

    [Fact]
    public void Load_Seed_HasNoTraceOfTheBrokenExportImage()
    {
        Assert.All(Seed.Sections, s =>
        {
            Assert.DoesNotContain("%20(1.png)", s.Markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("1.png", s.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("1.png", s.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Load_Seed_ReadsInFourMinutesLikeItsSourceSays()
    {
        Assert.Equal(4, Seed.ReadingMinutes);
        Assert.Equal(ReadingTime.Minutes(Seed.WordCount), Seed.ReadingMinutes);
    }

    [Fact]
    public void Load_Seed_KeepsTheSourceWordsAndCurlyApostrophes()
    {
        // A verbatim copy of the blog export the article was made from.
        var source = File.ReadAllText(TestPaths.TestData("Seed", "nk-cells-in-pregnancy.txt"));
        var text = string.Join("\n\n", Seed.Sections.Select(s => s.Text));

        Assert.Contains("Today, I want to share what I’ve learned", text, StringComparison.Ordinal);
        Assert.Contains("the mother's body does not reject", text, StringComparison.Ordinal);
        Assert.Equal(Words(SourceBody(source)), Words(text));

        static string[] Words(string value) => value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        // The source minus its header lines (title, author, date, "4 min read") and the broken export image line.
        static string SourceBody(string value) =>
            string.Join("\n", value.ReplaceLineEndings("\n").Split('\n').Skip(4).Where(line => line.Trim() != "%20(1.png)"));
    }
}
