using NkFunctions.Core.Analytics.Bots;
using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

public sealed class UserAgentClassifierTests
{
    private readonly UserAgentClassifier _classifier = new(SharedCrawlerList.Instance);

    public static TheoryData<string?, string, string, string?> Table => new()
    {
        { UserAgents.ChromeWindows, "desktop", "Chrome", null },
        { UserAgents.ChromeMac, "desktop", "Chrome", null },
        { UserAgents.ChromeLinux, "desktop", "Chrome", null },
        { UserAgents.FirefoxWindows, "desktop", "Firefox", null },
        { UserAgents.FirefoxLinux, "desktop", "Firefox", null },
        { UserAgents.SafariMac, "desktop", "Safari", null },
        { UserAgents.EdgeWindows, "desktop", "Edge", null },
        { UserAgents.OperaWindows, "desktop", "Opera", null },
        { UserAgents.SafariIPhone, "mobile", "Safari", null },
        { UserAgents.ChromeIPhone, "mobile", "Chrome", null },
        { UserAgents.FirefoxIPhone, "mobile", "Firefox", null },
        { UserAgents.FacebookAppIPhone, "mobile", "Other", null },
        { UserAgents.SafariIPad, "tablet", "Safari", null },
        { UserAgents.ChromeAndroidPhone, "mobile", "Chrome", null },
        { UserAgents.ChromeAndroidTablet, "tablet", "Chrome", null },
        { UserAgents.SamsungPhone, "mobile", "Samsung Internet", null },
        { UserAgents.SamsungTablet, "tablet", "Samsung Internet", null },
        { UserAgents.FirefoxAndroidPhone, "mobile", "Firefox", null },
        { UserAgents.FirefoxAndroidTablet, "tablet", "Firefox", null },
        { UserAgents.EdgeAndroid, "mobile", "Edge", null },
        { UserAgents.Googlebot, "desktop", "Other", "ua:Googlebot\\/" },
        { UserAgents.GooglebotSmartphone, "mobile", "Chrome", "ua:Googlebot\\/" },
        { UserAgents.Bingbot, "desktop", "Other", "ua:bingbot" },
        { UserAgents.GptBot, "desktop", "Other", "ua:GPTBot" },
        { UserAgents.Curl, "desktop", "Other", "ua:^curl" },
        { UserAgents.PythonRequests, "desktop", "Other", "ua:python-requests" },
        { UserAgents.HeadlessChrome, "desktop", "Chrome", "ua:HeadlessChrome" },
        { "", "unknown", "Other", "ua:empty" },
        { "   ", "unknown", "Other", "ua:empty" },
        { null, "unknown", "Other", "ua:empty" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Classify_RealUserAgent_ExpectedTraits(string? userAgent, string device, string browser, string? botReason)
    {
        var traits = _classifier.Classify(userAgent, null, null);

        Assert.Equal(new ClientTraits(device, browser, botReason), traits);
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

        Assert.Equal(new ClientTraits("desktop", "Chrome", null), traits);
    }

    [Fact]
    public void Classify_ConcurrentCalls_SameAnswers()
    {
        var inputs = new[] { UserAgents.ChromeWindows, UserAgents.SafariIPhone, UserAgents.SamsungTablet, UserAgents.Googlebot, UserAgents.Curl, UserAgents.HeadlessChrome };
        var expected = inputs.Select(ua => _classifier.Classify(ua, null, null)).ToArray();

        Parallel.For(0, 2_000, i => Assert.Equal(expected[i % inputs.Length], _classifier.Classify(inputs[i % inputs.Length], null, null)));
    }
}
