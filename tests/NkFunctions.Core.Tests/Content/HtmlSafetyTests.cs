using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content;

public sealed class HtmlSafetyTests
{
    private static readonly HtmlSafety Safety = new();

    [Theory]
    [InlineData("<a href=\"https://example.org\">x</a>", "<a href=\"https://example.org\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<a href=\"http://example.org\">x</a>", "<a href=\"http://example.org\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<a href=\"//example.org\">x</a>", "<a href=\"//example.org\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<a href=\"https://example.org\" rel=\"opener\" target=\"_blank\">x</a>", "<a href=\"https://example.org\" rel=\"noopener noreferrer\">x</a>")]
    public void Sanitize_ExternalLink_GetsNoopenerNoreferrerAndNoTarget(string html, string expected)
    {
        Assert.Equal(expected, Safety.Sanitize(html));
    }

    [Theory]
    [InlineData("<a href=\"notes.txt\">x</a>")]
    [InlineData("<a href=\"/articles/x\">x</a>")]
    [InlineData("<a href=\"#part\">x</a>")]
    [InlineData("<a href=\"mailto:a@example.org\">x</a>")]
    public void Sanitize_InternalOrMailLink_IsKeptWithoutRel(string html)
    {
        Assert.Equal(html, Safety.Sanitize(html));
    }

    [Fact]
    public void Sanitize_Image_GetsLazyLoadingAndKeepsAlt()
    {
        Assert.Equal(
            "<img src=\"a.png\" alt=\"An image\" title=\"T\" loading=\"lazy\" decoding=\"async\">",
            Safety.Sanitize("<img src=\"a.png\" alt=\"An image\" title=\"T\" loading=\"eager\" onerror=\"x()\">"));
    }

    [Theory]
    [InlineData("/api/images/0123456789abcdef/a-480w.png 480w, /api/images/fedcba9876543210/a.png 900w")]
    [InlineData("https://api.example/api/images/0123456789abcdef/a-480w.png 480w, https://api.example/a.png 2x")]
    public void Sanitize_SrcsetOfWebUrls_IsKeptWithSizes(string srcset)
    {
        var html = $"<img src=\"/a.png\" alt=\"A\" srcset=\"{srcset}\" sizes=\"(max-width: 800px) 100vw, 800px\">";

        Assert.Equal(
            $"<img src=\"/a.png\" alt=\"A\" srcset=\"{srcset}\" sizes=\"(max-width: 800px) 100vw, 800px\" loading=\"lazy\" decoding=\"async\">",
            Safety.Sanitize(html));
    }

    [Theory]
    [InlineData("javascript:alert(1) 1x")]
    [InlineData("/a.png 1x, data:image/png;base64,AAAA 2x")]
    [InlineData("//evil.example/a.png 2x")]
    public void Sanitize_SrcsetWithAnUnsafeCandidate_IsRemovedWithItsSizes(string srcset)
    {
        var html = $"<img src=\"/a.png\" alt=\"A\" srcset=\"{srcset}\" sizes=\"100vw\">";

        Assert.Equal("<img src=\"/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">", Safety.Sanitize(html));
    }

    [Fact]
    public void Sanitize_SizesWithUrlSyntax_IsRemoved()
    {
        Assert.Equal(
            "<img src=\"/a.png\" alt=\"A\" srcset=\"/a.png 1x\" loading=\"lazy\" decoding=\"async\">",
            Safety.Sanitize("<img src=\"/a.png\" alt=\"A\" srcset=\"/a.png 1x\" sizes=\"url(x)\">"));
    }

    [Fact]
    public void Sanitize_Ids_KeptOnHeadingsOnly()
    {
        Assert.Equal(
            "<h2 id=\"a\">A</h2><h6 id=\"f\">F</h6><p>P</p><div>D</div>",
            Safety.Sanitize("<h2 id=\"a\">A</h2><h6 id=\"f\">F</h6><p id=\"p\">P</p><div id=\"location\">D</div>"));
    }

    [Fact]
    public void Sanitize_Classes_KeptOnlyAsCodeLanguage()
    {
        Assert.Equal(
            "<pre><code class=\"language-csharp\">x</code></pre><p>p</p><code>y</code>",
            Safety.Sanitize("<pre class=\"x\"><code class=\"language-csharp\">x</code></pre><p class=\"lead\">p</p><code class=\"evil\">y</code>"));
    }

    [Fact]
    public void Sanitize_Align_KeptOnTableCellsWithKnownValues()
    {
        Assert.Equal(
            "<table><tbody><tr><td align=\"right\">1</td><td>2</td></tr></tbody></table><p>p</p>",
            Safety.Sanitize("<table><tr><td align=\"right\">1</td><td align=\"justify\">2</td></tr></table><p align=\"center\">p</p>"));
    }

    [Theory]
    [InlineData("<p style=\"color:red\">x</p>", "<p>x</p>")]
    [InlineData("<p data-x=\"1\" name=\"n\" tabindex=\"1\">x</p>", "<p>x</p>")]
    [InlineData("<font color=\"red\">gone</font>", "")]
    public void Sanitize_UnlistedAttributesAndTags_AreRemoved(string html, string expected)
    {
        Assert.Equal(expected, Safety.Sanitize(html));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"vbscript:x\">x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    [InlineData("<a href=\"ftp://example.org/x\">x</a>")]
    [InlineData("<a href=\"file:///etc/passwd\">x</a>")]
    public void Sanitize_DisallowedScheme_RemovesHref(string html)
    {
        Assert.Equal("<a>x</a>", Safety.Sanitize(html));
    }

    [Fact]
    public void Sanitize_MarkupInsideAttributes_IsEscaped()
    {
        // Unescaped '<' in attribute values lets some later parsers (e.g. a host page's templating) see a tag.
        Assert.Equal(
            "<img src=\"a.png\" alt=\"&lt;script&gt;alert(1)&lt;/script&gt;\" loading=\"lazy\" decoding=\"async\">",
            Safety.Sanitize("<img src=\"a.png\" alt=\"<script>alert(1)</script>\">"));
    }

    [Fact]
    public void Sanitize_SharedInstance_IsSafeFromManyThreads()
    {
        const string Html = "<h2 id=\"a\">A</h2><p><a href=\"https://example.org\">x</a><img src=\"a.png\"><script>x</script></p>";
        var expected = Safety.Sanitize(Html);

        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = Safety.Sanitize(Html));

        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
