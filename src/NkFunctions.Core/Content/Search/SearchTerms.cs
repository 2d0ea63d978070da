using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// What a reader typed, turned into a Lucene query without Lucene's query syntax: the text is words and
/// <c>"quoted phrases"</c>, nothing else, so no input can fail to parse or reach a field, a wildcard or a regular
/// expression. Every word must match (in the section, its heading, its article's title or tags); a word the analyzer
/// splits (<c>nk-cells</c>) is a phrase. The last word, while still being typed, also matches as a prefix.
/// </summary>
internal sealed class SearchTerms
{
    // A prefix scores below a whole word in the same field; a tie-break lets a second field's hit count a little.
    private const float PrefixWeight = 0.5f;
    private const float TieBreaker = 0.1f;
    private const int MinPrefixLength = 2;

    private SearchTerms(Query? query, IReadOnlyList<string> exact, string? prefix)
    {
        Query = query;
        Exact = exact;
        Prefix = prefix;
    }

    /// <summary>The query; null when no word survived analysis (only punctuation or stop words).</summary>
    public Query? Query { get; }

    /// <summary>The analyzed terms, as indexed, to mark in snippets.</summary>
    public IReadOnlyList<string> Exact { get; }

    /// <summary>The last word as typed (lower case), matched as a prefix; null when the reader had finished it.</summary>
    public string? Prefix { get; }

    /// <summary>Reads <paramref name="text"/>; never throws for any input.</summary>
    public static SearchTerms Parse(string text, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = new BooleanQuery();
        var exact = new List<string>();
        string? prefix = null;
        var parts = Split(text);
        for (var i = 0; i < parts.Count; i++)
        {
            var (part, quoted) = parts[i];
            var tokens = Analyze(analyzer, part);
            exact.AddRange(tokens.Select(t => t.Term));
            var last = i == parts.Count - 1 && !quoted && !char.IsWhiteSpace(text[^1]);
            var typed = last ? PrefixOf(part) : null;
            prefix = typed ?? prefix;
            var clause = quoted || tokens.Count > 1 ? Phrase(tokens) : Word(tokens.Count == 1 ? tokens[0].Term : null, typed);
            if (clause is not null)
            {
                // A last word that is a stop word so far ("the" on the way to "therapy") may not narrow the results.
                query.Add(clause, tokens.Count == 0 && !quoted ? Occur.SHOULD : Occur.MUST);
            }
        }

        return new SearchTerms(query.Clauses.Count == 0 ? null : query, exact.Distinct(StringComparer.Ordinal).ToList(), prefix);
    }

    // Quoted runs are phrases (an unclosed quote runs to the end); everything else splits on white space.
    private static List<(string Text, bool Quoted)> Split(string text)
    {
        var parts = new List<(string, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                parts.Add((text[(i + 1)..end], true));
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            parts.Add((text[start..i], false));
        }

        return parts;
    }

    private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    // A word still being typed: letters and digits only (anything else would not be one indexed term), lower case.
    private static string? PrefixOf(string word) =>
        word.Length >= MinPrefixLength && word.All(char.IsLetterOrDigit) ? word.ToLowerInvariant() : null;

    private static DisjunctionMaxQuery? Word(string? term, string? prefix)
    {
        if (term is null && prefix is null)
        {
            return null;
        }

        var fields = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (name, boost) in SearchFields.Weighted)
        {
            if (term is not null)
            {
                fields.Add(new TermQuery(new Term(name, term)) { Boost = boost });
            }

            if (prefix is not null)
            {
                fields.Add(new PrefixQuery(new Term(name, prefix)) { Boost = boost * PrefixWeight });
            }
        }

        return fields;
    }

    private static DisjunctionMaxQuery? Phrase(List<(string Term, int Position)> tokens)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var fields = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (name, boost) in SearchFields.Prose)
        {
            var phrase = new PhraseQuery { Boost = boost };
            foreach (var (term, position) in tokens)
            {
                phrase.Add(new Term(name, term), position);
            }

            fields.Add(phrase);
        }

        return fields;
    }
}
