using System.Text.Json;
using System.Text.Json.Nodes;
using NkFunctions.Core.Content;
using NkFunctions.Core.Tests.TestSupport;

namespace NkFunctions.Core.Tests.Content;

/// <summary>
/// Data-driven rendering checks: every <c>TestData/Rendering/name.md</c> (a whole article) is rendered and compared
/// with <c>name.html</c> (its sections) and, when present, <c>name.toc.json</c> (its table of contents).
/// </summary>
public sealed class RenderingTests
{
    private static readonly string CasesRoot = TestPaths.TestData("Rendering");

    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);

    private static readonly ArticleParser Parser = new(MarkdownPipelineFactory.Create(), new HtmlSafety());

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateFiles(CasesRoot, "*.md").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_RenderingCase_SectionsMatchExpectedHtml(string name)
    {
        var article = ParseCase(name);

        var expected = RenderingCase.ReadAll(Path.Combine(CasesRoot, name + ".html"));
        var actual = article.Sections.Select(section => new RenderingCase(section.Id, section.Title, section.Html));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_RenderingCase_TocMatchesExpectedWhenGiven(string name)
    {
        var tocFile = Path.Combine(CasesRoot, name + ".toc.json");
        var article = ParseCase(name);

        var actual = JsonSerializer.Serialize(article.Toc, CamelCase);
        if (File.Exists(tocFile))
        {
            Assert.True(
                JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(tocFile)), JsonNode.Parse(actual)),
                $"TOC differs from {name}.toc.json; actual:\n{actual}");
        }
        else
        {
            // Without a TOC file the TOC must at least list the sections, in order.
            Assert.Equal(article.Sections.Select(s => s.Id), article.Toc.Select(entry => entry.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_RenderingCase_SectionMarkdownIsExactSourceSlice(string name)
    {
        var source = File.ReadAllText(Path.Combine(CasesRoot, name + ".md"));
        var article = ParseCase(name);

        Assert.All(article.Sections, section =>
        {
            Assert.Contains(section.Markdown, source, StringComparison.Ordinal);
            Assert.False(section.Markdown.EndsWith('\n'), $"section '{section.Id}' ends with a blank line");
        });
        var lastSection = article.Sections[^1].Markdown;
        Assert.EndsWith(lastSection, source.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_RenderingCase_WordCountsAddUp(string name)
    {
        var article = ParseCase(name);

        Assert.All(article.Sections, section =>
        {
            Assert.Equal(WordCounter.Count(section.Text), section.WordCount);
            Assert.Equal(ReadingTime.Minutes(section.WordCount), section.ReadingMinutes);
        });
        Assert.Equal(article.Sections.Sum(section => section.WordCount), article.WordCount);
        Assert.Equal(ReadingTime.Minutes(article.WordCount), article.ReadingMinutes);
    }

    [Fact]
    public void Parse_Lead_TextHasNoMarkupAndDecodedEntities()
    {
        var lead = ParseCase("basic-sections").Sections[0];

        Assert.Equal(
            "A lead paragraph with emphasis, strong text and a line that wraps.\n\nSecond lead paragraph & an entity.",
            lead.Text);
    }

    [Fact]
    public void Parse_Section_TextStartsWithHeading()
    {
        var section = ParseCase("lists").Sections[0];

        Assert.Equal("Bullets\n\nImmunotherapy: first item.\n\nSecond item\n\nnested item\n\nThird item", section.Text);
    }

    private static Article ParseCase(string name)
    {
        var result = Parser.Parse(CasesRoot, Path.Combine(CasesRoot, name + ".md"));
        Assert.Empty(result.Errors);
        return Assert.IsType<Article>(result.Article);
    }
}
