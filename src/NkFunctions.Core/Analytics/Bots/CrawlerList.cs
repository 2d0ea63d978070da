using System.Text.RegularExpressions;

namespace NkFunctions.Core.Analytics.Bots;

/// <summary>
/// Recognises crawlers, scrapers and HTTP libraries by user agent, using the vendored crawler-user-agents list.
/// Thread-safe; build one per process (construction compiles ~1,500 patterns, well under a second).
/// </summary>
public sealed class CrawlerList
{
    /// <summary>Only this many leading characters of a user agent are examined: bot tokens come early, and it bounds the work per beacon.</summary>
    internal const int MaxUserAgentLength = 512;

    // The 1.60.0 list needs ~91,000 nodes; the headroom absorbs years of upstream growth (~50 patterns a release).
    private const int MaxAutomataSize = 250_000;

    // Only reached if the two engines ever disagreed, or the identifying loop timed out: still a bot.
    private const string UnidentifiedPattern = "crawler-user-agents";

    private static readonly TimeSpan IdentifyTimeout = TimeSpan.FromMilliseconds(50);

    private readonly string[] _patterns;
    private readonly Regex? _any;
    private readonly Lazy<Regex[]> _each;

    /// <summary>Loads and compiles the embedded list.</summary>
    public CrawlerList()
        : this(CrawlerPatterns.Load())
    {
    }

    internal CrawlerList(IReadOnlyList<string> patterns)
    {
        _patterns = [.. patterns];

        // One alternation: a miss (every human page view) is a single linear-time scan, and NonBacktracking cannot
        // be driven into catastrophic backtracking by a hostile User-Agent. ExplicitCapture: we never read groups.
        // An empty alternation would match everything: no patterns means no bots.
        var alternation = string.Join('|', _patterns.Select(p => "(?:" + p + ")"));
        _any = _patterns.Length == 0 ? null : NonBacktrackingRegex.Create(alternation, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MaxAutomataSize);

        // Naming the pattern is needed only on a hit. Compiling 1,500 separate NonBacktracking regexes takes seconds,
        // so these use the interpreter (milliseconds to build); the patterns are plain tokens without nested
        // quantifiers (a test checks), and the timeout bounds any surprise.
        _each = new Lazy<Regex[]>(() => [.. _patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, IdentifyTimeout))]);
    }

    /// <summary>The patterns in match order.</summary>
    internal IReadOnlyList<string> Patterns => _patterns;

    /// <summary>
    /// The first list pattern (in file order) found in the first 512 characters of <paramref name="userAgent"/>, as
    /// upstream wrote it (for example <c>Googlebot\/</c>), or null when none matches. Case-sensitive, like upstream.
    /// </summary>
    public string? Match(string userAgent)
    {
        ArgumentNullException.ThrowIfNull(userAgent);
        var examined = userAgent.AsSpan(0, Math.Min(userAgent.Length, MaxUserAgentLength));
        if (_any is null || !_any.IsMatch(examined))
        {
            return null;
        }

        var each = _each.Value;
        for (var i = 0; i < each.Length; i++)
        {
            try
            {
                if (each[i].IsMatch(examined))
                {
                    return _patterns[i];
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Keep looking: a later pattern may still name the bot.
            }
        }

        return UnidentifiedPattern;
    }
}
