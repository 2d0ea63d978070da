using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Finds where a query's terms occur in a section's plain text, for its snippet. Only the sections on the returned
/// page are scanned, and the text is not run through the analyzer: words are runs of letters and digits, and a word
/// is stemmed (by the index's analyzer, so it agrees with the index) only when it starts with one of the query's
/// stems (see <see cref="Common"/>), so nearly every word is passed over with one comparison; one matcher serves a
/// request and remembers the words it stemmed ("cells" recurs in every section of a broad search). Term vectors gave
/// the same offsets but decompressed a block per section.
/// </summary>
internal sealed class TermMatcher(SearchTerms terms, Analyzer analyzer)
{
    private readonly Dictionary<string, bool> _stemmed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The matches in <paramref name="text"/>, in order.</summary>
    public List<TextMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<TextMatch>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (IsMatch(word))
            {
                matches.Add(new TextMatch(start, i));
            }
        }

        return matches;
    }

    private bool IsMatch(ReadOnlySpan<char> word)
    {
        if (terms.Prefix is { } prefix && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var stem in terms.Exact)
        {
            var common = Common(stem);
            if (word.Length >= common.Length && word.StartsWith(common, StringComparison.OrdinalIgnoreCase))
            {
                return IsQueryStem(word);
            }
        }

        return false;
    }

    // Whether the word's stem is one of the query's, from the words already stemmed for this request when it can.
    private bool IsQueryStem(ReadOnlySpan<char> word)
    {
        var lookup = _stemmed.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var isStem))
        {
            var text = word.ToString();
            isStem = Stem(text, analyzer) is { } stem && terms.Exact.Contains(stem, StringComparer.Ordinal);
            _stemmed[text] = isStem;
        }

        return isStem;
    }

    // What the word must start with to have this stem. The Porter stemmer rewrites only endings, so a stem starts its
    // word, except that it turns a final y into i ("happy": "happi") and "bility" into "bl" ("ability": "abl"): then
    // all of the stem but its last letter does.
    private static ReadOnlySpan<char> Common(string stem) =>
        stem.Length > 1 && (stem[^1] == 'i' || stem.EndsWith("bl", StringComparison.Ordinal)) ? stem.AsSpan(0, stem.Length - 1) : stem;

    private static string? Stem(string word, Analyzer analyzer)
    {
        using var stream = analyzer.GetTokenStream(SearchFields.Text, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return stem;
    }
}

/// <summary>Where a term occurs in a section's text (UTF-16 offsets, end exclusive).</summary>
internal readonly record struct TextMatch(int Start, int End);
