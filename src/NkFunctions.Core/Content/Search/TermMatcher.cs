using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Finds where a query's terms occur in a section's plain text, for its snippet. Only the sections on the returned
/// page are scanned, and the text is not run through the analyzer: words are runs of letters and digits, and a word
/// is stemmed (by the index's analyzer, so it agrees with the index) only when it starts with one of the query's
/// stems (see <see cref="Common"/>), so nearly every word is passed over with one comparison. Term vectors
/// gave the same offsets but decompressed a block per section: ten times the allocation and time of this scan.
/// </summary>
internal static class TermMatcher
{
    /// <summary>The matches in <paramref name="text"/>, in order.</summary>
    public static List<TextMatch> Find(string text, SearchTerms terms, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
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
            if (IsMatch(word, terms, analyzer))
            {
                matches.Add(new TextMatch(start, i));
            }
        }

        return matches;
    }

    private static bool IsMatch(ReadOnlySpan<char> word, SearchTerms terms, Analyzer analyzer)
    {
        if (terms.Prefix is { } prefix && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var stem in terms.Exact)
        {
            var common = Common(stem);
            if (word.Length >= common.Length && word.StartsWith(common, StringComparison.OrdinalIgnoreCase) && Stem(word, analyzer) == stem)
            {
                return true;
            }
        }

        return false;
    }

    // What the word must start with to have this stem. The Porter stemmer rewrites only endings, so a stem starts its
    // word, except that it turns a final y into i ("happy": "happi") and "bility" into "bl" ("ability": "abl"): then
    // all of the stem but its last letter does.
    private static ReadOnlySpan<char> Common(string stem) =>
        stem.Length > 1 && (stem[^1] == 'i' || stem.EndsWith("bl", StringComparison.Ordinal)) ? stem.AsSpan(0, stem.Length - 1) : stem;

    private static string? Stem(ReadOnlySpan<char> word, Analyzer analyzer)
    {
        using var stream = analyzer.GetTokenStream(SearchFields.Text, word.ToString());
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return stem;
    }
}

/// <summary>Where a term occurs in a section's text (UTF-16 offsets, end exclusive).</summary>
internal readonly record struct TextMatch(int Start, int End);
