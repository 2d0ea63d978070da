using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NkFunctions.Core.Analytics.Bots;

namespace NkFunctions.Core.Tests.Analytics.Bots;

public sealed class CrawlerListTests
{
    private static readonly CrawlerList Crawlers = SharedCrawlerList.Instance;

    [Fact]
    public void WarmUp_ColdList_BuildsThePerPatternRegexesAndKeepsTheAnswers()
    {
        var list = new CrawlerList(["Googlebot\\/", "bot[0-9]+"]);
        Assert.False(list.IsWarm);

        list.WarmUp();

        Assert.True(list.IsWarm);
        Assert.Equal("bot[0-9]+", list.Match("Mozilla/5.0 bot42"));
        Assert.Null(list.Match("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"));
    }

    [Fact]
    public void VendoredPatterns_CompileUnderNonBacktracking_ExceptThoseListedAsUnsupported()
    {
        var failing = new List<string>();
        foreach (var pattern in CrawlerPatterns.LoadRaw())
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            }
            catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
            {
                failing.Add(pattern);
            }
        }

        // Patterns that fail must be listed (with a rewrite or null), and listed ones must still fail: the list is exact.
        Assert.Equal(CrawlerPatterns.Unsupported.Keys.Order(StringComparer.Ordinal), failing.Order(StringComparer.Ordinal));
        foreach (var rewrite in CrawlerPatterns.Unsupported.Values.OfType<string>())
        {
            _ = new Regex(rewrite, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
    }

    [Fact]
    public void Patterns_AllVendoredOnesLoaded()
    {
        var raw = CrawlerPatterns.LoadRaw();
        var dropped = CrawlerPatterns.Unsupported.Count(kv => kv.Value is null);

        Assert.True(raw.Count > 1_000, $"only {raw.Count} patterns: is the embedded resource the real list?");
        Assert.Equal(raw.Count - dropped, Crawlers.Patterns.Count);
    }

    [Fact]
    public void Patterns_MostAreSearchedAsPlainText()
    {
        Assert.True(Crawlers.LiteralCount > Crawlers.Patterns.Count * 9 / 10, $"{Crawlers.LiteralCount} of {Crawlers.Patterns.Count}");
    }

    [Fact]
    public void Match_AgreesWithEveryPatternAsARegex()
    {
        // The reference: every pattern as its own regex, in file order, over the same first 512 characters.
        var reference = Crawlers.Patterns.Select(p => new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)).ToArray();
        var random = new Random(20250310);
        var inputs = UpstreamInstances()
            .Concat(UserAgents.AllBrowsers)
            .Concat(Enumerable.Range(0, 300).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 600)).Select(_ => (char)random.Next(32, 127))])))
            .ToList();

        var disagreements = inputs
            .Select(ua => (ua, expected: Reference(ua), actual: Crawlers.Match(ua)))
            .Where(r => r.expected != r.actual)
            .ToList();

        Assert.Empty(disagreements);

        string? Reference(string ua)
        {
            var examined = ua[..Math.Min(ua.Length, 512)];
            var index = Array.FindIndex(reference, r => r.IsMatch(examined));
            return index < 0 ? null : Crawlers.Patterns[index];
        }
    }

    [Fact]
    public void Match_EveryUpstreamExampleInstance_IsABot()
    {
        var missed = UpstreamInstances().Where(instance => Crawlers.Match(instance) is null).ToList();

        Assert.Empty(missed);
    }

    [Theory]
    [InlineData(UserAgents.Googlebot, "Googlebot\\/")]
    [InlineData(UserAgents.GooglebotSmartphone, "Googlebot\\/")]
    [InlineData(UserAgents.Bingbot, "bingbot")]
    [InlineData(UserAgents.GptBot, "GPTBot")]
    [InlineData(UserAgents.Curl, "^curl")]
    [InlineData(UserAgents.PythonRequests, "python-requests")]
    [InlineData(UserAgents.HeadlessChrome, "HeadlessChrome")]
    [InlineData("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", "yandex\\.com\\/bots")]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "facebookexternalhit")]
    public void Match_KnownBot_ItsPattern(string userAgent, string expected)
    {
        Assert.Equal(expected, Crawlers.Match(userAgent));
    }

    [Theory]
    [MemberData(nameof(UserAgents.Browsers), MemberType = typeof(UserAgents))]
    public void Match_CommonBrowser_Null(string userAgent)
    {
        Assert.Null(Crawlers.Match(userAgent));
    }

    [Fact]
    public void Match_IsCaseSensitiveLikeUpstream()
    {
        Assert.Null(Crawlers.Match("Mozilla/5.0 (compatible; BINGBOT-LOOKALIKE)"));
    }

    [Fact]
    public void Match_TokenBeyond512Characters_NotSeen()
    {
        var prefix = UserAgents.ChromeWindows + new string(' ', 512 - UserAgents.ChromeWindows.Length);

        Assert.Null(Crawlers.Match(prefix + "bingbot"));
        Assert.Equal("bingbot", Crawlers.Match(prefix[..^7] + "bingbot"));
    }

    [Fact]
    public void Match_HostileInputs_StayFast()
    {
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("ContextualBot ", 40)) + "bingbot",
            string.Concat(Enumerable.Repeat("Current RSS ", 45)),
            string.Concat(Enumerable.Repeat("Spider", 90)) + "bingbot",
            new string('a', 100_000),
            string.Concat(Enumerable.Repeat("Googlebot", 60)),
        ];
        _ = Crawlers.Match(hostile[0]);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            foreach (var input in hostile)
            {
                _ = Crawlers.Match(input);
            }
        }

        // 80 matches of worst cases: well under a millisecond each on a laptop; the bound only catches blow-ups.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Match_NoPatterns_NeverABot()
    {
        Assert.Null(new CrawlerList([]).Match(UserAgents.Googlebot));
    }

    [Fact]
    public void Match_RegexOnlyList_StillMatches()
    {
        var list = new CrawlerList(["^curl", "[wW]get"]);

        Assert.Equal("[wW]get", list.Match("wget/1.21"));
        Assert.Null(list.Match("xcurl/8"));
    }

    [Fact]
    public void Match_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Crawlers.Match(null!));
    }

    private static List<string> UpstreamInstances()
    {
        using var stream = typeof(CrawlerList).Assembly.GetManifestResourceStream(CrawlerPatterns.ResourceName)!;
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.EnumerateArray().SelectMany(e => e.GetProperty("instances").EnumerateArray().Select(i => i.GetString()!))];
    }
}
