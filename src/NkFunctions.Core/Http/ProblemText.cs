namespace NkFunctions.Core.Http;

/// <summary>Helpers for the human-readable parts of problem documents.</summary>
internal static class ProblemText
{
    /// <summary>
    /// Caller input quoted in a problem detail, cut to 80 characters: echoing attacker-sized input into every
    /// error would let one request amplify a log line or a cache entry.
    /// </summary>
    public static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
