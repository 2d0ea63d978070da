using NkFunctions.Core.Analytics.Bots;
using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

public sealed class UserAgentClassifierTests
{
    private readonly UserAgentClassifier _classifier = new(SharedCrawlerList.Instance);

    public static TheoryData<string?, string, string, string, string?> Table => new()
    {
        { UserAgents.ChromeWindows, "desktop", "Chrome", "Windows", null },
        { UserAgents.ChromeMac, "desktop", "Chrome", "macOS", null },
        { UserAgents.ChromeLinux, "desktop", "Chrome", "Linux", null },
        { UserAgents.FirefoxWindows, "desktop", "Firefox", "Windows", null },
        { UserAgents.FirefoxLinux, "desktop", "Firefox", "Linux", null },
        { UserAgents.SafariMac, "desktop", "Safari", "macOS", null },
        { UserAgents.EdgeWindows, "desktop", "Edge", "Windows", null },
        { UserAgents.OperaWindows, "desktop", "Opera", "Windows", null },
        { UserAgents.SafariIPhone, "mobile", "Safari", "iOS", null },
        { UserAgents.ChromeIPhone, "mobile", "Chrome", "iOS", null },
        { UserAgents.FirefoxIPhone, "mobile", "Firefox", "iOS", null },
        { UserAgents.FacebookAppIPhone, "mobile", "Other", "iOS", null },
        { UserAgents.SafariIPad, "tablet", "Safari", "iOS", null },
        { UserAgents.ChromeAndroidPhone, "mobile", "Chrome", "Android", null },
        { UserAgents.ChromeAndroidTablet, "tablet", "Chrome", "Android", null },
        { UserAgents.SamsungPhone, "mobile", "Samsung Internet", "Android", null },
        { UserAgents.SamsungTablet, "tablet", "Samsung Internet", "Android", null },
        { UserAgents.FirefoxAndroidPhone, "mobile", "Firefox", "Android", null },
        { UserAgents.FirefoxAndroidTablet, "tablet", "Firefox", "Android", null },
        { UserAgents.EdgeAndroid, "mobile", "Edge", "Android", null },
        { UserAgents.Googlebot, "desktop", "Other", "Other", "ua:Googlebot\\/" },
        { UserAgents.GooglebotSmartphone, "mobile", "Chrome", "Android", "ua:Googlebot\\/" },
        { UserAgents.Bingbot, "desktop", "Other", "Other", "ua:bingbot" },
        { UserAgents.GptBot, "desktop", "Other", "Other", "ua:GPTBot" },
        { UserAgents.Curl, "desktop", "Other", "Other", "ua:^curl" },
        { UserAgents.PythonRequests, "desktop", "Other", "Other", "ua:python-requests" },
        { UserAgents.HeadlessChrome, "desktop", "Chrome", "Linux", "ua:HeadlessChrome" },
        { "", "unknown", "Other", "Other", "ua:empty" },
        { "   ", "unknown", "Other", "Other", "ua:empty" },
        { null, "unknown", "Other", "Other", "ua:empty" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Classify_RealUserAgent_ExpectedTraits(string? userAgent, string device, string browser, string os, string? botReason)
    {
        var traits = _classifier.Classify(userAgent, null, null);

        Assert.Equal(new ClientTraits(device, browser, os, botReason), traits);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "ChromeOS")]
    [InlineData("Mozilla/5.0 (iPod touch; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1", "iOS")]
    [InlineData("Mozilla/5.0 (X11; FreeBSD amd64; rv:133.0) Gecko/20100101 Firefox/133.0", "Other")]
    [InlineData("Mozilla/5.0 (PlayStation; PlayStation 5/6.50) AppleWebKit/605.1.15 (KHTML, like Gecko)", "Other")]
    public void Classify_LessCommonPlatforms_Family(string userAgent, string os)
    {
        Assert.Equal(os, _classifier.Classify(userAgent, null, null).OsFamily);
    }

    [Fact]
    public void Classify_MobileClientHint_MobileWhateverTheTokens()
    {
        Assert.Equal("mobile", _classifier.Classify(UserAgents.ChromeLinux, "?1", null).DeviceClass);
        Assert.Equal("mobile", _classifier.Classify(UserAgents.ChromeLinux, " ?1 ", null).DeviceClass);
    }

    [Fact]
    public void Classify_NotMobileClientHint_TokensDecide()
    {
        // Chrome on Android tablets sends ?0: the hint alone must not make a tablet a desktop.
        Assert.Equal("tablet", _classifier.Classify(UserAgents.ChromeAndroidTablet, "?0", null).DeviceClass);
        Assert.Equal("mobile", _classifier.Classify(UserAgents.ChromeAndroidPhone, "?0", null).DeviceClass);
        Assert.Equal("desktop", _classifier.Classify(UserAgents.ChromeWindows, "?0", null).DeviceClass);
    }

    [Theory]
    [InlineData("webdriver", "client:webdriver")]
    [InlineData("headless", "client:headless")]
    public void Classify_ClientBotSignal_WinsOverBrowserAndList(string signal, string expected)
    {
        Assert.Equal(expected, _classifier.Classify(UserAgents.ChromeWindows, null, signal).BotReason);
        Assert.Equal(expected, _classifier.Classify(UserAgents.Googlebot, null, signal).BotReason);
        Assert.Equal(expected, _classifier.Classify(null, null, signal).BotReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("selenium")]
    [InlineData("WEBDRIVER")]
    [InlineData("true")]
    public void Classify_OtherClientBotSignal_Ignored(string signal)
    {
        Assert.Null(_classifier.Classify(UserAgents.ChromeWindows, null, signal).BotReason);
        Assert.Equal("ua:bingbot", _classifier.Classify(UserAgents.Bingbot, null, signal).BotReason);
    }

    [Fact]
    public void Classify_HeadlessTokenMissingFromList_FlaggedAsHeadless()
    {
        var withoutHeadlessEntry = new UserAgentClassifier(new CrawlerList(["Googlebot\\/"]));

        Assert.Equal("ua:headless", withoutHeadlessEntry.Classify(UserAgents.HeadlessChrome, null, null).BotReason);
        Assert.Null(withoutHeadlessEntry.Classify(UserAgents.ChromeLinux, null, null).BotReason);
    }

    [Fact]
    public void Classify_BotTokenBeyondFirst512Characters_NotSeen()
    {
        var padded = UserAgents.ChromeWindows + new string(' ', 512) + " Googlebot/2.1";

        var traits = _classifier.Classify(padded, null, null);

        Assert.Equal(new ClientTraits("desktop", "Chrome", "Windows", null), traits);
    }

    [Fact]
    public void Classify_ConcurrentCalls_SameAnswers()
    {
        var inputs = new[] { UserAgents.ChromeWindows, UserAgents.SafariIPhone, UserAgents.SamsungTablet, UserAgents.Googlebot, UserAgents.Curl, UserAgents.HeadlessChrome };
        var expected = inputs.Select(ua => _classifier.Classify(ua, null, null)).ToArray();

        Parallel.For(0, 2_000, i => Assert.Equal(expected[i % inputs.Length], _classifier.Classify(inputs[i % inputs.Length], null, null)));
    }
}
