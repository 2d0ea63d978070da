using NkFunctions.Core.Tests.TestSupport;
using NkFunctions.Testing;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content;

/// <summary>One test per link error kind: broken relative links and images, escapes from the root, dead anchors.</summary>
public sealed class LinkValidationTests
{
    [Fact]
    public void Load_BrokenRelativeLink_NamesUrlLineAndMissingFile()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "See [the guide](guide.md).\n")));

        Assert.Equal(["broken link 'guide.md' (line 8): articles/guide.md does not exist"], errors);
    }

    [Fact]
    public void Load_BrokenImage_NamesUrlLineAndMissingFile()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "Lead.\n\n![Chart](../images/chart.png)\n")));

        Assert.Equal(["broken image '../images/chart.png' (line 10): images/chart.png does not exist"], errors);
    }

    [Fact]
    public void Load_BrokenLinkInRawHtml_IsReported()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "Lead <a href=\"nope.html\">x</a>.\n\n<img src=\"gone.png\" alt=\"\">\n")));

        Assert.Equal(
            ["broken link 'nope.html' (line 8): articles/nope.html does not exist", "broken image 'gone.png' (line 10): articles/gone.png does not exist"],
            errors);
    }

    [Theory]
    [InlineData("../../outside.txt")]
    [InlineData("../../../etc/passwd")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("..%2F..%2Foutside.txt")]
    public void Load_LinkResolvingOutsideContentRoot_IsAnError(string url)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: $"A [link](<{url}>).\n")));

        Assert.Equal([$"link '{url}' (line 8) points outside the content root"], errors);
    }

    [Fact]
    public void Load_BackslashPathOutsideContentRoot_IsAnError()
    {
        // Browsers read '\' as '/' in http(s) URLs; raw HTML because Markdown would treat '\' as an escape.
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "A <a href=\"..\\..\\outside.txt\">link</a>.\n")));

        Assert.Equal(["link '..\\..\\outside.txt' (line 8) points outside the content root"], errors);
    }

    [Fact]
    public void Load_LinkToExistingFileOutsideRoot_IsStillAnError()
    {
        using var outer = new TempContentRoot();
        var inner = Path.Combine(outer.Root, "inner");
        Directory.CreateDirectory(Path.Combine(inner, "articles"));
        outer.AddFile("secret.txt", "secret");
        File.WriteAllText(Path.Combine(inner, "articles", "a.md"), ArticleText.Valid(body: "A [link](../../secret.txt).\n"));

        var result = Loader.Load(inner);

        Assert.Equal(["link '../../secret.txt' (line 8) points outside the content root"], result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Load_RelativeLinksToExistingFiles_AreAccepted()
    {
        var body = "A [sibling](other.md), an [asset](../assets/notes%20v2.txt?x=1#top), an ![image](../assets/pic.png).\n";

        var result = LoadOne(ArticleText.Valid(body: body), root =>
        {
            root.AddArticle("other.md", ArticleText.Valid(slug: "other"));
            root.AddFile("assets/notes v2.txt", "notes");
            root.AddBytes("assets/pic.png", TestImages.Make(4, 4, SkiaSharp.SKEncodedImageFormat.Png));
        });

        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("https://example.org/missing.md")]
    [InlineData("/articles/not-checked")]
    [InlineData("//example.org/x")]
    [InlineData("mailto:someone@example.org")]
    public void Load_NonRelativeLinks_AreNotCheckedAgainstFiles(string url)
    {
        var result = LoadOne(ArticleText.Valid(body: $"A [link]({url}).\n"));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_AnchorMatchingNoHeading_IsReported()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "Jump to [details](#detail).\n\n## Details\n\nText.\n")));

        Assert.Equal(["anchor '#detail' (link at line 8) matches no heading id in this article"], errors);
    }

    [Fact]
    public void Load_AnchorsToHeadingsAndLead_AreAccepted()
    {
        var body = "Jump to [details](#details), [deep](#deeper-part), [non-ASCII](#%C3%A7a-va) or [top](#introduction).\n\n"
            + "## Details\n\n### Deeper Part\n\n## Ça va\n\nText.\n";

        var result = LoadOne(ArticleText.Valid(body: body));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_IntroductionAnchorWithoutLead_IsReported()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "## Only\n\nBack to [top](#introduction).\n")));

        Assert.Equal(["anchor '#introduction' (link at line 10) matches no heading id in this article"], errors);
    }

    [Fact]
    public void Load_EmptyLinkUrl_IsReported()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "An [empty]() link.\n")));

        Assert.Equal(["link at line 8 has an empty URL"], errors);
    }
}
