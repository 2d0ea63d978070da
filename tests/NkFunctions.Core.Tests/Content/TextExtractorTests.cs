using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content;

public sealed class TextExtractorTests
{
    [Fact]
    public void Extract_HeadingAndParagraphs_AreSeparatedByBlankLines()
    {
        var text = TextExtractor.Extract("<h2 id=\"a\">Title</h2>\n<p>First <em>para</em>\ngraph.</p>\n<p>Second.</p>");

        Assert.Equal("Title\n\nFirst para graph.\n\nSecond.", text);
    }

    [Fact]
    public void Extract_ListItems_AreOneParagraphEach()
    {
        var text = TextExtractor.Extract("<ul>\n<li><strong>Bold:</strong> one</li>\n<li>two\n<ul><li>nested</li></ul></li>\n</ul>");

        Assert.Equal("Bold: one\n\ntwo\n\nnested", text);
    }

    [Fact]
    public void Extract_Entities_AreDecoded()
    {
        var text = TextExtractor.Extract("<p>A &amp; B &lt;tag&gt; &quot;q&quot; &#8217; &nbsp;end</p>");

        // A no-break space is still a space in plain text.
        Assert.Equal("A & B <tag> \"q\" ’ end", text);
    }

    [Fact]
    public void Extract_Markup_IsDropped()
    {
        var text = TextExtractor.Extract("<p><a href=\"https://example.org\">link</a> and <img src=\"x.png\" alt=\"alt\"> <code>code</code></p>");

        Assert.Equal("link and code", text);
    }

    [Fact]
    public void Extract_TableRows_KeepCellsOnOneLine()
    {
        var text = TextExtractor.Extract("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>");

        Assert.Equal("A\tB\n\n1\t2", text);
    }

    [Fact]
    public void Extract_Preformatted_KeepsLinesAndIndentation()
    {
        var text = TextExtractor.Extract("<pre><code>  indented\n    more\n</code></pre>");

        Assert.Equal("  indented\n    more", text);
    }

    [Fact]
    public void Extract_LineBreak_StartsNewLine()
    {
        Assert.Equal("one\ntwo", TextExtractor.Extract("<p>one<br>\ntwo</p>"));
    }

    [Fact]
    public void Extract_Empty_IsEmpty()
    {
        Assert.Equal(string.Empty, TextExtractor.Extract("<p></p>"));
    }
}
