using System.Text;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// A short excerpt of a section's plain text around its matches, as HTML: every character escaped, the matches
/// wrapped in <c>&lt;mark&gt;</c>. The window is the one holding the most matches; it starts a little before its first
/// match and is cut at word boundaries, with an ellipsis where text was cut.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>About how many characters of text a snippet shows.</summary>
    public const int Width = 160;

    // Context kept before the first match, so the snippet does not open on the matched word.
    private const int Lead = 40;
    private const char Ellipsis = '…';

    /// <summary>The snippet of <paramref name="text"/> with <paramref name="matches"/> (sorted by start) marked.</summary>
    public static string Build(string text, IReadOnlyList<TextMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var anchor = matches.Count == 0 ? default : matches[Densest(matches)];
        var start = anchor.Start <= Lead ? 0 : WordStart(text, anchor.Start - Lead, anchor.Start);
        var cut = Math.Max(start + Width, anchor.End);
        var end = cut >= text.Length ? text.Length : WordEnd(text, cut, anchor.End);
        var html = new StringBuilder(Width + 64);
        if (start > 0)
        {
            html.Append(Ellipsis);
        }

        var at = start;
        foreach (var match in matches)
        {
            // Overlapping matches (a prefix and a whole word) and those outside the window are skipped.
            if (match.Start < at || match.End > end)
            {
                continue;
            }

            Escape(html, text, at, match.Start);
            html.Append("<mark>");
            Escape(html, text, match.Start, match.End);
            html.Append("</mark>");
            at = match.End;
        }

        Escape(html, text, at, end);
        if (end < text.Length)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    // The match whose window of Width characters holds the most matches (the first of equals).
    private static int Densest(IReadOnlyList<TextMatch> matches)
    {
        int best = 0, bestCount = 0, last = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < matches.Count && matches[last + 1].End <= matches[first].Start + Width - Lead)
            {
                last++;
            }

            if (last - first + 1 > bestCount)
            {
                (best, bestCount) = (first, last - first + 1);
            }
        }

        return best;
    }

    // The first word start at or after from (but not past limit).
    private static int WordStart(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return limit;
    }

    // The last word end at or before from (but not before atLeast); from itself when the text runs on.
    private static int WordEnd(string text, int from, int atLeast)
    {
        for (var i = from; i > atLeast; i--)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return from;
    }

    // HTML-escapes text[from..to], each run of white space (line breaks, table tabs) one space.
    private static void Escape(StringBuilder html, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '&':
                    html.Append("&amp;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                case var _ when char.IsWhiteSpace(c):
                    if (html.Length == 0 || html[^1] != ' ')
                    {
                        html.Append(' ');
                    }

                    break;
                default:
                    html.Append(c);
                    break;
            }
        }
    }
}
