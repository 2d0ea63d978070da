using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Embeds;

/// <summary>
/// The oEmbed provider checked field by field against oEmbed 1.0 (https://oembed.com): §2.3.4 response parameters
/// (type rich: version, type, html, width, height required; title, author_name, provider_name, provider_url,
/// cache_age optional), §2.2 maxwidth/maxheight respected, §2.3.5 error codes.
/// </summary>
public sealed class OEmbedTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Slug = "nk-cells-in-pregnancy";
    private const string Section = "how-nk-cells-influence-fertility";
    private const string ArticleTitle = "NK Cells in Pregnancy: Balancing Immunity";

    private string PageUrl => new Uri(host.Server.BaseAddress, $"/articles/{Slug}").ToString();

    [Fact]
    public async Task ArticleUrl_IsARichResponseWithEveryField()
    {
        var (response, json) = await GetJsonAsync(PageUrl);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["version", "type", "title", "author_name", "provider_name", "provider_url", "cache_age", "html", "width", "height"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.0", json.GetProperty("version").GetString()); // a string, not a number
        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal(ArticleTitle, json.GetProperty("title").GetString());
        Assert.Equal("Temp Dost", json.GetProperty("author_name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("provider_name").GetString()));
        Assert.Equal(host.Server.BaseAddress.ToString(), json.GetProperty("provider_url").GetString());
        Assert.True(json.GetProperty("cache_age").GetInt32() > 0);
        Assert.True(json.GetProperty("width").GetInt32() > 0);
        Assert.True(json.GetProperty("height").GetInt32() > 0);
        var html = json.GetProperty("html").GetString()!;
        Assert.StartsWith($"<blockquote class=\"nk-embed\" data-nk-embed=\"{new Uri(host.Server.BaseAddress, $"/api/embed/{Slug}")}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{PageUrl}\">", html, StringComparison.Ordinal);
        Assert.EndsWith($"<script async src=\"{new Uri(host.Server.BaseAddress, "/api/embed.js")}\"></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SectionUrl_DescribesTheSection()
    {
        var (_, json) = await GetJsonAsync($"{PageUrl}#{Section}");

        Assert.Equal($"How NK Cells Influence Fertility · {ArticleTitle}", json.GetProperty("title").GetString());
        var html = json.GetProperty("html").GetString()!;
        Assert.Contains($"data-nk-embed=\"{new Uri(host.Server.BaseAddress, $"/api/embed/{Slug}/{Section}")}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{PageUrl}#{Section}\">How NK Cells Influence Fertility</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(320, 200)]
    [InlineData(1, 1)]
    [InlineData(5000, 100000)]
    public async Task MaxWidthAndMaxHeight_AreRespected(int maxWidth, int maxHeight)
    {
        var (_, unbounded) = await GetJsonAsync($"{PageUrl}#{Section}");
        var (_, json) = await GetJsonAsync($"{PageUrl}#{Section}", $"&maxwidth={maxWidth}&maxheight={maxHeight}");

        var width = json.GetProperty("width").GetInt32();
        var height = json.GetProperty("height").GetInt32();
        Assert.InRange(width, 1, maxWidth);
        Assert.InRange(height, 1, maxHeight);
        Assert.Equal(Math.Min(maxWidth, unbounded.GetProperty("width").GetInt32()), width);
        Assert.Equal(Math.Min(maxHeight, unbounded.GetProperty("height").GetInt32()), height);
        var html = json.GetProperty("html").GetString()!;
        Assert.Contains($"data-max-width=\"{width}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-max-height=\"{maxHeight}\"", html, StringComparison.Ordinal); // the loader's cap
    }

    [Fact]
    public async Task NarrowerEmbed_IsTaller()
    {
        var (_, wide) = await GetJsonAsync($"{PageUrl}#{Section}", "&maxwidth=600");
        var (_, narrow) = await GetJsonAsync($"{PageUrl}#{Section}", "&maxwidth=300");

        Assert.True(narrow.GetProperty("height").GetInt32() > wide.GetProperty("height").GetInt32());
    }

    [Fact]
    public async Task XmlFormat_HasTheSameFields()
    {
        var (_, json) = await GetJsonAsync($"{PageUrl}#{Section}", "&maxwidth=400");
        using var response = await GetAsync($"{PageUrl}#{Section}", "&maxwidth=400&format=xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("oembed", xml.Root!.Name.LocalName);
        Assert.Equal(json.EnumerateObject().Select(p => p.Name), xml.Root.Elements().Select(e => e.Name.LocalName));
        foreach (var field in json.EnumerateObject())
        {
            Assert.Equal(field.Value.ToString(), xml.Root.Element(field.Name)!.Value);
        }
    }

    [Theory]
    [InlineData("/")] // trailing slash
    [InlineData("?utm_source=newsletter")] // consumers add tracking parameters
    public async Task UrlVariants_OfThePage_AreRecognised(string suffix)
    {
        var (_, json) = await GetJsonAsync(PageUrl + suffix);

        Assert.Equal(ArticleTitle, json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task EmbedPageUrl_IsRecognisedToo()
    {
        var (_, json) = await GetJsonAsync(new Uri(host.Server.BaseAddress, $"/api/embed/{Slug}/{Section}").ToString());

        Assert.StartsWith("How NK Cells Influence Fertility", json.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_IsCacheableWithAnETag()
    {
        using var first = await GetAsync(PageUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, first.RequestMessage!.RequestUri);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await host.Client.SendAsync(request);

        Assert.Contains("public", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "url-required")]
    [InlineData("url=", HttpStatusCode.BadRequest, "url-required")]
    [InlineData("url=not%20a%20url", HttpStatusCode.BadRequest, "invalid-url")]
    [InlineData("url=%2Farticles%2Fnk-cells-in-pregnancy", HttpStatusCode.BadRequest, "invalid-url")]
    [InlineData("url=ftp%3A%2F%2Fexample.org%2Farticles%2Fnk-cells-in-pregnancy", HttpStatusCode.BadRequest, "invalid-url")]
    [InlineData("url=javascript%3Aalert(1)", HttpStatusCode.BadRequest, "invalid-url")]
    [InlineData("url=http%3A%2F%2Fa%2F&url=http%3A%2F%2Fb%2F", HttpStatusCode.BadRequest, "duplicate-parameter")]
    [InlineData("url=http%3A%2F%2Fa%2F&maxwidth=0", HttpStatusCode.BadRequest, "invalid-maxwidth")]
    [InlineData("url=http%3A%2F%2Fa%2F&maxwidth=-5", HttpStatusCode.BadRequest, "invalid-maxwidth")]
    [InlineData("url=http%3A%2F%2Fa%2F&maxwidth=12.5", HttpStatusCode.BadRequest, "invalid-maxwidth")]
    [InlineData("url=http%3A%2F%2Fa%2F&maxheight=abc", HttpStatusCode.BadRequest, "invalid-maxheight")]
    [InlineData("url=http%3A%2F%2Fa%2F&maxheight=99999999999", HttpStatusCode.BadRequest, "invalid-maxheight")]
    [InlineData("url=http%3A%2F%2Fa%2F&format=yaml", HttpStatusCode.NotImplemented, "unsupported-format")]
    [InlineData("url=http%3A%2F%2Fa%2F&format=JSON", HttpStatusCode.NotImplemented, "unsupported-format")]
    [InlineData("url=http%3A%2F%2Fevil.example%2Farticles%2Fnk-cells-in-pregnancy", HttpStatusCode.NotFound, "unknown-url")]
    public async Task BadRequests_AreProblems(string query, HttpStatusCode status, string code)
    {
        using var response = await host.Client.GetAsync(new Uri("/api/oembed?" + query, UriKind.Relative));

        await Problem.AssertAsync(response, status, code);
    }

    [Theory]
    [InlineData("/articles/no-such-article", "unknown-url")]
    [InlineData("/articles/nk-cells-in-pregnancy/extra", "unknown-url")]
    [InlineData("/articles/nk-cells-in-pregnancy#no-such-section", "section-not-found")]
    public async Task UnknownUrlsOnOurSite_Are404(string path, string code)
    {
        using var response = await GetAsync(new Uri(host.Server.BaseAddress, path).ToString());

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, code);
    }

    private Task<HttpResponseMessage> GetAsync(string url, string extra = "") =>
        host.Client.GetAsync(new Uri($"/api/oembed?url={Uri.EscapeDataString(url)}{extra}", UriKind.Relative));

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string url, string extra = "")
    {
        var response = await GetAsync(url, extra);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}{extra}: {(int)response.StatusCode} {body}");
        return (response, JsonDocument.Parse(body).RootElement.Clone());
    }
}
