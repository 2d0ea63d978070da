using NkFunctions.Core.Content.Search;

namespace NkFunctions.Core.Tests.Content.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchIndex _index = SearchIndex.Build(SearchCorpus.Articles);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_TitleHitOutranksHeadingHitOutranksBodyHit()
    {
        var page = Search("placenta");

        Assert.Equal(["title-mention", "heading-mention", "body-mention"], Slugs(page));
        Assert.Equal(3, page.Total);
        Assert.True(page.Hits[0].Score > page.Hits[1].Score && page.Hits[1].Score > page.Hits[2].Score);
    }

    [Fact]
    public void Search_ListsTheMatchingSectionsBestFirst()
    {
        var page = Search("placenta");

        // The heading match is the heading article's best section; the body article has only the one section.
        Assert.Equal("the-placenta", SectionIds(page, 1)[0]);
        Assert.Equal(["night-routines"], SectionIds(page, 2));
        // A title match is in every section's document; the introduction also says it in its heading and text.
        Assert.Equal("introduction", SectionIds(page, 0)[0]);
        Assert.Equal(ArticleCollector.SectionsPerArticle, page.Hits[0].Sections.Count);
    }

    [Fact]
    public void Search_StemsWords()
    {
        Assert.Equal(["title-mention"], Slugs(Search("growing grows")));
        Assert.Contains("heading-mention", Slugs(Search("pregnancies")));
    }

    [Fact]
    public void Search_EveryWordMustMatch()
    {
        Assert.Equal(["title-mention"], Slugs(Search("placenta trophoblast")));
        Assert.Empty(Search("placenta whale").Hits);
    }

    [Fact]
    public void Search_QuotedPhrase_MatchesOnlyWordsInOrder()
    {
        var phrase = Search("\"natural killer cells\"");
        var words = Search("natural killer cells");

        Assert.Equal(["introduction"], SectionIds(phrase, 0));
        Assert.Equal(2, words.Hits[0].Sections.Count);
    }

    [Fact]
    public void Search_LastWordBeingTyped_MatchesAsPrefix()
    {
        Assert.Equal(["title-mention", "heading-mention", "body-mention"], Slugs(Search("placen")));
        // A trailing space means the word is finished: no prefix.
        Assert.Empty(Search("placen ").Hits);
        // A stop word being typed may be the start of a word, but does not narrow the results.
        Assert.Equal(Slugs(Search("placenta")), Slugs(Search("placenta the")));
        Assert.Empty(Search("the").Hits);
    }

    [Fact]
    public void Search_Tags_AreSearchedAndFilter()
    {
        Assert.Equal(["hostile-text"], Slugs(Search("immunology")));
        Assert.Equal(["title-mention", "heading-mention"], Slugs(Search("placenta", tag: "pregnancy")));
        Assert.Empty(Search("placenta", tag: "no-such-tag").Hits);
    }

    [Fact]
    public void Search_Pages_AreDisjointAndKeepTheTotal()
    {
        var first = _index.Search(Terms("placenta"), null, offset: 0, limit: 2);
        var second = _index.Search(Terms("placenta"), null, offset: 2, limit: 2);
        var past = _index.Search(Terms("placenta"), null, offset: 4, limit: 2);

        Assert.Equal(["title-mention", "heading-mention"], Slugs(first));
        Assert.Equal(["body-mention"], Slugs(second));
        Assert.Empty(past.Hits);
        Assert.All([first, second, past], p => Assert.Equal(3, p.Total));
    }

    [Theory]
    [InlineData("the of and ")] // finished stop words (without the space, "and" could be the start of "android")
    [InlineData("!!! ??? ...")]
    [InlineData("\"\"")]
    public void Search_NothingSearchable_NoResults(string text)
    {
        Assert.Null(Terms(text).Query);
        Assert.Equal(0, Search(text).Total);
    }

    [Theory]
    [InlineData("placenta OR whale", null)] // no operators: "or" is a stop word, and both other words must match
    [InlineData("placenta*", "title-mention")] // no wildcards: the star is punctuation
    [InlineData("(placenta) AND NOT grows", "title-mention")] // NOT excludes nothing: "grows" is required like any word
    [InlineData("\"how the placenta", "title-mention")] // an unclosed quote runs to the end
    [InlineData("/placen.*/ \\ ~ ^2 {a TO z} [", null)]
    public void Search_QuerySyntax_IsJustText(string text, string? first)
    {
        var page = Search(text);

        Assert.Equal(first, page.Hits.Count == 0 ? null : SearchCorpus.Articles[page.Hits[0].Position].Metadata.Slug);
    }

    [Fact]
    public void Search_RandomText_AnswersWithinTheLimit()
    {
        // Lucene's query syntax characters, quotes, white space, letters of the corpus and beyond the BMP.
        const string alphabet = "placentgrows \"\\:*?~^()[]{}+-!&|/ \t\nAND OR NOT é😀";
        var random = new Random(16);
        for (var n = 0; n < 500; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var page = _index.Search(Terms(text), null, 0, 2);

            Assert.InRange(page.Total, 0, SearchCorpus.Articles.Count);
            Assert.InRange(page.Hits.Count, 0, Math.Min(2, page.Total));
        }
    }

    [Theory]
    [InlineData("cells", "Natural killer cells are <script>alert('x')</script> & friends of the immune system.", new[] { "cells" })]
    [InlineData("pregnancies", "Pregnancy, pregnant, PREGNANCIES.", new[] { "Pregnancy", "PREGNANCIES" })]
    [InlineData("happy placen", "Happiness is happy; the placenta and placental cells.", new[] { "Happiness", "happy", "placenta", "placental" })]
    [InlineData("mother ", "The mother's cells and motherhood.", new[] { "mother" })]
    public void TermMatcher_FindsTheWordsTheIndexMatched(string query, string text, string[] expected)
    {
        var matches = new TermMatcher(Terms(query), _index.Analyzer).Find(text);

        Assert.Equal(expected, matches.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void TermMatcher_AgreesWithAnalysingEveryWord()
    {
        const string text = "Ability, abilities and probability; happy, happier, happiness, happily. Pregnancy and pregnancies, "
            + "relational relations relate; operator operates; sensitivity, sensitive; possibly possible; controlling control; "
            + "generalizations, general; the mother's cells. NK cells, nk-cells.";
        var words = System.Text.RegularExpressions.Regex.Matches(text, "[A-Za-z0-9]+").Select(m => m.Value).ToList();
        foreach (var query in words.Distinct())
        {
            // Finished words (trailing space): exact stems only. The oracle analyses every word of the text.
            var terms = Terms(query + " ");
            var expected = words.Where(w => terms.Exact.Contains(Terms(w + " ").Exact.SingleOrDefault())).ToList();

            var found = new TermMatcher(terms, _index.Analyzer).Find(text).Select(m => text[m.Start..m.End]).ToList();

            Assert.True(expected.SequenceEqual(found), $"'{query}': expected [{string.Join(", ", expected)}], found [{string.Join(", ", found)}]");
        }
    }

    private static List<string> Slugs(SearchPage page) => [.. page.Hits.Select(h => SearchCorpus.Articles[h.Position].Metadata.Slug)];

    private static List<string> SectionIds(SearchPage page, int hit) =>
        [.. page.Hits[hit].Sections.Select(s => SearchCorpus.Articles[page.Hits[hit].Position].Sections[s.Section].Id)];

    private SearchTerms Terms(string text) => SearchTerms.Parse(text, _index.Analyzer);

    private SearchPage Search(string text, string? tag = null) => _index.Search(Terms(text), tag, 0, 10);
}
