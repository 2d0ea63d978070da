using System.Text.RegularExpressions;
using NkFunctions.Core.Analytics.Bots;

namespace NkFunctions.Core.Tests.Analytics.Bots;

public sealed class PatternLiteralsTests
{
    [Theory]
    [InlineData("bingbot", "bingbot")]
    [InlineData("Googlebot\\/", "Googlebot/")]
    [InlineData("Mediapartners \\(Googlebot\\)", "Mediapartners (Googlebot)")]
    [InlineData("ip-web-crawler\\.com", "ip-web-crawler.com")]
    [InlineData("Jamie's Spider", "Jamie's Spider")]
    public void Of_PlainTextPattern_TheText(string pattern, string expected)
    {
        Assert.Equal(expected, PatternLiterals.Of(pattern));
    }

    [Theory]
    [InlineData("^curl")]
    [InlineData("SSL Labs$")]
    [InlineData("[wW]get")]
    [InlineData("Ahrefs(Bot|SiteAudit)")]
    [InlineData("Chirp|gotosocial")]
    [InlineData("BlogTraffic\\/\\d\\.\\d+ Feed-Fetcher")]
    [InlineData("Spider[\\s\\S]*spider\\.com")]
    [InlineData("a.b")]
    [InlineData("ab?")]
    [InlineData("a{2}")]
    [InlineData("trailing\\")]
    [InlineData("\\_")]
    [InlineData("")]
    public void Of_RegexPattern_Null(string pattern)
    {
        Assert.Null(PatternLiterals.Of(pattern));
    }

    [Fact]
    public void Of_EveryVendoredLiteral_IsExactlyWhatItsRegexMatches()
    {
        foreach (var pattern in CrawlerPatterns.Load())
        {
            if (PatternLiterals.Of(pattern) is { } literal)
            {
                // With no metacharacters left, matching the whole literal and nothing else proves they are the same.
                Assert.Matches(new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant), literal);
                Assert.Equal(literal.Length, Regex.Match(literal + literal, pattern, RegexOptions.CultureInvariant).Length);
            }
        }
    }
}
