namespace NkFunctions.Core.Content;

/// <summary>
/// Reading time from a word count: <c>minutes = max(1, ceil(words / WordsPerMinute))</c>.
/// </summary>
/// <remarks>
/// 265 words per minute is Medium's published reading speed; using the same figure keeps our "N min read" equal to the
/// one readers saw where the articles were first published.
/// </remarks>
public static class ReadingTime
{
    /// <summary>Average adult silent-reading speed used for every estimate.</summary>
    public const int WordsPerMinute = 265;

    /// <summary>Minutes needed to read <paramref name="words"/> words: <c>max(1, ceil(words / 265))</c>.</summary>
    /// <param name="words">Number of words, zero or more.</param>
    /// <returns>At least 1: a page with nothing to read still shows "1 min read", never "0 min read".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="words"/> is negative.</exception>
    public static int Minutes(int words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(words);

        // Integer form of ceil(words / WordsPerMinute) that cannot overflow near int.MaxValue.
        var minutes = (words / WordsPerMinute) + (words % WordsPerMinute == 0 ? 0 : 1);
        return Math.Max(1, minutes);
    }
}
