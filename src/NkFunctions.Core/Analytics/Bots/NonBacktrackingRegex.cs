using System.Text.RegularExpressions;

namespace NkFunctions.Core.Analytics.Bots;

/// <summary>Builds a NonBacktracking regex larger than the runtime's default size guard allows.</summary>
internal static class NonBacktrackingRegex
{
    // The runtime reads this AppContext value each time it builds a NonBacktracking regex (default 10,000 nodes).
    private const string MaxAutomataSizeKey = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";
    private static readonly Lock Gate = new();

    /// <summary>
    /// Compiles <paramref name="pattern"/> with NonBacktracking, raising the automata size guard to
    /// <paramref name="maxAutomataSize"/> only for this construction and restoring the previous value after, so the
    /// rest of the process keeps its own setting. The guard limits memory for patterns of unknown origin; ours is
    /// fixed, vendored and tested.
    /// </summary>
    public static Regex Create(string pattern, RegexOptions options, int maxAutomataSize)
    {
        lock (Gate)
        {
            var previous = AppContext.GetData(MaxAutomataSizeKey);
            var raised = previous is int configured && configured > maxAutomataSize ? configured : maxAutomataSize;
            AppContext.SetData(MaxAutomataSizeKey, raised);
            try
            {
                return new Regex(pattern, options | RegexOptions.NonBacktracking);
            }
            finally
            {
                AppContext.SetData(MaxAutomataSizeKey, previous);
            }
        }
    }
}
