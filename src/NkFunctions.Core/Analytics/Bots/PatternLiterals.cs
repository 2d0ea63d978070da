namespace NkFunctions.Core.Analytics.Bots;

/// <summary>Recognises list patterns that are plain text in regex clothing (<c>Googlebot\/</c> is "Googlebot/").</summary>
internal static class PatternLiterals
{
    private const string MetaCharacters = "^$.*+?()[]{}|";

    /// <summary>
    /// The text a pattern matches when it is a literal: no metacharacter outside an escape, and escapes only of ASCII
    /// punctuation (which .NET, like JavaScript, reads as the character itself). Null for anything else
    /// (<c>\d</c>, classes, anchors, alternation, quantifiers).
    /// </summary>
    public static string? Of(string pattern)
    {
        var text = new System.Text.StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 == pattern.Length || !IsEscapablePunctuation(pattern[i + 1]))
                {
                    return null;
                }

                text.Append(pattern[++i]);
            }
            else if (MetaCharacters.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }

    private static bool IsEscapablePunctuation(char c) => char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c) && c != '_' && !char.IsControl(c);
}
