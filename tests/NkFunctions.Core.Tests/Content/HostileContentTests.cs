using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NkFunctions.Core.Content;
using NkFunctions.Core.Tests.TestSupport;

namespace NkFunctions.Core.Tests.Content;

/// <summary>
/// Every file of <c>TestData/Hostile/</c> is an article full of attacks. Whatever else is wrong with it, the HTML we
/// render must be inert once a browser parses it; the rendered HTML is parsed with AngleSharp, as a browser would.
/// </summary>
public sealed class HostileContentTests
{
    private static readonly string CasesRoot = TestPaths.TestData("Hostile");

    private static readonly HtmlSafety Safety = new();

    private static readonly ArticleParser Parser = new(MarkdownPipelineFactory.Create(), Safety);

    private static readonly string[] ForbiddenElements =
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "select", "textarea", "svg", "math", "base", "meta", "link", "template", "noscript", "isindex",
    ];

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "srcset", "data", "poster", "background", "cite", "srcdoc"];

    private static readonly string[] ForbiddenSchemes = ["javascript:", "vbscript:", "data:"];

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateFiles(CasesRoot, "*.md").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_HostileArticle_RendersNoActiveContent(string file)
    {
        foreach (var section in Render(file))
        {
            var body = new HtmlParser().ParseDocument(section.Html).Body!;
            foreach (var element in body.QuerySelectorAll("*"))
            {
                AssertInert(element, file, section.Id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_HostileArticle_HtmlIsStableWhenSanitizedAgain(string file)
    {
        // Sanitized output that changes when parsed again is the signature of mutation XSS.
        Assert.All(Render(file), section => Assert.Equal(section.Html, Safety.Sanitize(section.Html)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_HostileArticle_FrontMatterIsValidSoTheBodyIsWhatIsTested(string file)
    {
        var result = Parser.Parse(CasesRoot, Path.Combine(CasesRoot, file));

        Assert.NotNull(result.Slug);
        Assert.DoesNotContain(result.Errors, error => error.Message.Contains("front matter", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Section> Render(string file)
    {
        var result = Parser.Parse(CasesRoot, Path.Combine(CasesRoot, file));
        Assert.NotEmpty(result.Sections);
        return result.Sections;
    }

    private static void AssertInert(IElement element, string file, string sectionId)
    {
        var where = $"{file}#{sectionId}: <{element.LocalName}>";
        Assert.DoesNotContain(element.LocalName, ForbiddenElements);

        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name.ToLowerInvariant();
            Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"{where} has event handler {name}");
            Assert.False(name == "style", $"{where} has a style attribute");
            if (UrlAttributes.Contains(name))
            {
                var url = Normalize(attribute.Value);
                Assert.False(
                    ForbiddenSchemes.Any(scheme => url.StartsWith(scheme, StringComparison.Ordinal)),
                    $"{where} has {name}=\"{attribute.Value}\"");
            }
        }
    }

    // Trim and lowercase as the brief says, and also drop what browsers ignore inside URLs (tabs, newlines, controls).
    private static string Normalize(string url) =>
        new([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant)]);
}
