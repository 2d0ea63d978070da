using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NkFunctions.Core.Content;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Tests.TestSupport;

namespace NkFunctions.Core.Tests.Embeds;

/// <summary>
/// The hostile-content corpus (<c>TestData/Hostile/</c>) through the embed pages: every article and section page, in
/// every theme, parsed as a browser would. Only our own elements may be active (the one inlined style, the height
/// script, the tracker), and what authors wrote, front matter included, stays text.
/// </summary>
public sealed class HostileEmbedPageTests
{
    private static readonly string CasesRoot = TestPaths.TestData("Hostile");
    private static readonly ArticleParser Parser = new(MarkdownPipelineFactory.Create(), new HtmlSafety());
    private static readonly EmbedAssets Assets = new();
    private static readonly PublicBase Base = new("https://api.example/api", "https://site.example");
    private static readonly string[] ForbiddenElements = ["iframe", "frame", "object", "embed", "applet", "form", "input", "button", "svg", "math", "template"];

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateFiles(CasesRoot, "*.md").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void EmbedPages_OfHostileArticles_RunOnlyOurOwnCode(string file)
    {
        var article = Article(file);
        var targets = article.Sections.Select(s => new EmbedTarget(article, s)).Prepend(new EmbedTarget(article, null));
        foreach (var target in targets)
        {
            foreach (var theme in EmbedThemes.All)
            {
                var html = EmbedPageRenderer.Render(target, Base, theme, "Provider <b>", Assets);
                AssertOnlyOurs(new HtmlParser().ParseDocument(html), $"{file}#{target.SectionId}/{theme}");
            }
        }
    }

    [Fact]
    public void HostileFrontMatter_IsShownAsText()
    {
        var article = Parser.Parse(CasesRoot, Path.Combine(CasesRoot, "front-matter.md")).Article!;
        var page = new HtmlParser().ParseDocument(EmbedPageRenderer.Render(new EmbedTarget(article, article.Sections[^1]), Base, EmbedTheme.Auto, "P", Assets));

        Assert.Equal(article.Metadata.Title, page.QuerySelector("a.nk-source")!.TextContent);
        Assert.Equal(article.Metadata.Disclaimer, page.QuerySelector(".nk-disclaimer")!.TextContent);
        Assert.Contains(article.Metadata.Author!, page.QuerySelector(".nk-byline")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(article.Sections[^1].Title, page.Title, StringComparison.Ordinal);
    }

    // Some cases also break authoring rules (links, headings), so the loader would refuse them; their rendered sections
    // still go through the embed page, which must hold even so.
    private static Article Article(string file)
    {
        var result = Parser.Parse(CasesRoot, Path.Combine(CasesRoot, file));
        Assert.NotEmpty(result.Sections);
        return result.Article ?? new Article(
            new ArticleMetadata(result.Slug ?? "hostile", "Hostile", null, new DateOnly(2026, 1, 1), null, "Summary.", [], false, null, "/articles/hostile"),
            result.Sections,
            [],
            1,
            1,
            file);
    }

    private static void AssertOnlyOurs(IDocument page, string where)
    {
        var scripts = page.QuerySelectorAll("script");
        Assert.Equal(2, scripts.Length);
        Assert.Equal(Assets.Script, scripts[0].TextContent);
        Assert.False(scripts[0].HasAttribute("src"), where);
        Assert.Equal(Base.TrackerUrl, scripts[1].GetAttribute("src"));
        Assert.Equal(string.Empty, scripts[1].TextContent);

        var styles = page.QuerySelectorAll("style");
        Assert.Single(styles);
        Assert.Equal(Assets.Style, styles[0].TextContent);

        Assert.Single(page.QuerySelectorAll("base"));
        Assert.Null(page.QuerySelector("base")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("meta"), m => Assert.Null(m.GetAttribute("http-equiv")));
        Assert.All(page.QuerySelectorAll("link"), l => Assert.True(l.GetAttribute("rel") is "canonical" or "alternate", where));
        foreach (var element in page.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: <{element.LocalName} {attribute.Name}>");
                Assert.False(attribute.Name == "style", $"{where}: <{element.LocalName} style>");
                if (attribute.Name is "href" or "src")
                {
                    var url = new string([.. attribute.Value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]).ToLowerInvariant();
                    Assert.False(url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), $"{where}: {attribute.Name}={attribute.Value}");
                }
            }
        }
    }
}
