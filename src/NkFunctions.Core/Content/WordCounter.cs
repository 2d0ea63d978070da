namespace NkFunctions.Core.Content;

/// <summary>Counts words in plain text: whitespace-separated tokens that contain at least one letter or digit.</summary>
/// <remarks>Tokens such as "-" or "&amp;" are not words: a reader does not spend time on them.</remarks>
internal static class WordCounter
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var words = 0;
        var inToken = false;
        var tokenHasWordCharacter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasWordCharacter)
                {
                    words++;
                }

                inToken = false;
                tokenHasWordCharacter = false;
                continue;
            }

            inToken = true;
            tokenHasWordCharacter |= char.IsLetterOrDigit(c);
        }

        return inToken && tokenHasWordCharacter ? words + 1 : words;
    }
}
