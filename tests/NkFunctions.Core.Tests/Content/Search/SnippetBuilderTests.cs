using NkFunctions.Core.Content.Search;

namespace NkFunctions.Core.Tests.Content.Search;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void Build_EscapesEverythingAndMarksTheMatches()
    {
        const string text = "Natural killer cells are <script>alert('x')</script> & \"friends\".";
        var start = text.IndexOf("cells", StringComparison.Ordinal);

        var html = SnippetBuilder.Build(text, [new TextMatch(start, start + 5)]);

        Assert.Equal("Natural killer <mark>cells</mark> are &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;.", html);
    }

    [Fact]
    public void Build_MatchInsideMarkup_MarksOnlyTheEscapedMatch()
    {
        const string text = "<b>bold</b>";

        Assert.Equal("&lt;b&gt;<mark>bold</mark>&lt;/b&gt;", SnippetBuilder.Build(text, [new TextMatch(3, 7)]));
    }

    [Fact]
    public void Build_LongText_WindowAroundTheDensestMatchesCutAtWords()
    {
        var words = Enumerable.Range(0, 200).Select(i => "w" + i).ToList();
        words[20] = "nk";
        words[150] = "nk";
        words[152] = "nk";
        var text = string.Join(' ', words);
        var matches = Offsets(text, "nk");

        var html = SnippetBuilder.Build(text, matches);

        // The two close matches win over the lone early one; the window opens a few words before them.
        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Contains("<mark>nk</mark> w151 <mark>nk</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("w20 ", html, StringComparison.Ordinal);
        var plain = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Trim('…');
        Assert.InRange(plain.Length, SnippetBuilder.Width - 10, SnippetBuilder.Width);
        Assert.True(text.Contains(plain, StringComparison.Ordinal), "the window is whole words of the text");
    }

    [Fact]
    public void Build_NoMatch_TheOpeningOfTheText()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100));

        var html = SnippetBuilder.Build(text, []);

        Assert.StartsWith("word word", html, StringComparison.Ordinal);
        Assert.EndsWith("word…", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LineBreaksAndTabs_BecomeSingleSpaces()
    {
        Assert.Equal("one two <mark>three</mark>", SnippetBuilder.Build("one\n\ntwo\tthree", [new TextMatch(9, 14)]));
    }

    [Fact]
    public void Build_OverlappingMatches_MarkedOnce()
    {
        Assert.Equal("<mark>placenta</mark> grows", SnippetBuilder.Build("placenta grows", [new TextMatch(0, 8), new TextMatch(0, 8)]));
    }

    private static List<TextMatch> Offsets(string text, string word)
    {
        var matches = new List<TextMatch>();
        for (var i = text.IndexOf(" " + word + " ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(" " + word + " ", i + 1, StringComparison.Ordinal))
        {
            matches.Add(new TextMatch(i + 1, i + 1 + word.Length));
        }

        return matches;
    }
}
