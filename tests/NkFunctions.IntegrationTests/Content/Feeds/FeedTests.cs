using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content.Feeds;

/// <summary>RSS, Atom and JSON Feed over HTTP, each read back by a real feed parser (caching: CachingTests).</summary>
public sealed class FeedTests(SiteContentFixture site) : IClassFixture<SiteContentFixture>
{
    private const int Total = SiteContentFixture.Generated + 1;

    [Theory]
    [InlineData("/api/feed.xml", "application/rss+xml", false)]
    [InlineData("/api/atom.xml", "application/atom+xml", false)]
    [InlineData("/api/feed.json", "application/feed+json", true)]
    public async Task Feed_ParsedByAFeedReader_NewestFirstWithLinks(string path, string mediaType, bool json)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.Content.ReadAsStringAsync();
        if (json)
        {
            Assert.Equal("https://jsonfeed.org/version/1.1", JsonDocument.Parse(body).RootElement.GetProperty("version").GetString());
        }
        else
        {
            XDocument.Parse(body); // well-formed, strictly
        }

        var feed = await FeedParser.ParseAsync(body, json);

        Assert.Equal("NK Cells in Pregnancy", feed.GetProperty("title").GetString());
        var entries = feed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Total, entries.Count);
        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", entries[0].GetProperty("title").GetString());
        Assert.EndsWith("/articles/nk-cells-in-pregnancy", entries[0].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("When it comes to pregnancy", entries[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2026-11-03", entries[0].GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.Equal("generated-00", entries[1].GetProperty("link").GetString()!.Split('/')[^1]);
    }

    [Theory]
    [InlineData("/api/tags/site-test/feed.xml", "application/rss+xml", false)]
    [InlineData("/api/tags/Site%20Test/atom.xml", "application/atom+xml", false)]
    [InlineData("/api/tags/site-test/feed.json", "application/feed+json", true)]
    public async Task TagFeed_ParsedByAFeedReader_OnlyTheTagsArticles(string path, string mediaType, bool json)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var feed = await FeedParser.ParseAsync(await response.Content.ReadAsStringAsync(), json);

        Assert.Equal("NK Cells in Pregnancy: Site Test", feed.GetProperty("title").GetString());
        // Site Test is every third generated article (i % 3 == 0), newest first.
        Assert.Equal(
            [.. Enumerable.Range(0, SiteContentFixture.Generated).Where(i => i % 3 == 0).Select(i => $"generated-{i:D2}")],
            feed.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("link").GetString()!.Split('/')[^1]));
    }

    [Theory]
    [InlineData("/api/tags/no-such-tag/feed.xml")]
    [InlineData("/api/tags/no-such-tag/atom.xml")]
    [InlineData("/api/tags/-/feed.json")]
    public async Task TagFeed_UnknownTag_404Problem(string path)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "tag-not-found");
    }

    [Fact]
    public async Task Article_AlternateLinks_NameTheFeeds()
    {
        using var response = await site.Client.GetAsync(new Uri("/api/articles/nk-cells-in-pregnancy", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var alternate = json.GetProperty("alternate").EnumerateArray().ToList();
        Assert.Equal(["application/rss+xml", "application/atom+xml", "application/feed+json"], alternate.Select(a => a.GetProperty("type").GetString()));
        foreach (var link in alternate)
        {
            using var feed = await site.Client.GetAsync(new Uri(new Uri(link.GetProperty("href").GetString()!).PathAndQuery, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        }
    }

    [Fact]
    public async Task FullContent_Configured_ItemsCarryTheArticleHtml()
    {
        await using var server = await LocalHostServer.StartAsync(null, "--Feeds:Content=Full", "--Feeds:MaxItems=1");

        using var rss = await server.Client.GetAsync(new Uri("/api/feed.xml", UriKind.Relative));
        var item = XDocument.Parse(await rss.Content.ReadAsStringAsync()).Descendants("item").Single();
        Assert.Contains("<h2 id=\"how-nk-cells-influence-fertility\">", item.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value, StringComparison.Ordinal);

        using var json = await server.Client.GetAsync(new Uri("/api/feed.json", UriKind.Relative));
        var feed = await FeedParser.ParseAsync(await json.Content.ReadAsStringAsync(), json: true);
        var entry = Assert.Single(feed.GetProperty("entries").EnumerateArray());
        Assert.Contains("<h2 id=", entry.GetProperty("raw").GetProperty("content_html").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Feeds:MaxItems=0")]
    [InlineData("--Feeds:Content=Everything")]
    [InlineData("--Feeds:Title=")]
    public async Task BadOptions_StartFails(string setting)
    {
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var server = await LocalHostServer.StartAsync(null, setting);
        });
    }
}
