using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Embeds;

/// <summary>How a front end or consumer finds the embeds: the article JSON, oEmbed discovery links and Link headers.</summary>
public sealed partial class EmbedDiscoveryTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Slug = "nk-cells-in-pregnancy";

    [Fact]
    public async Task ArticleJson_GivesWorkingEmbedLinksForTheArticleAndEverySection()
    {
        var article = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/articles/{Slug}", UriKind.Relative))).RootElement;
        var targets = new List<(JsonElement Embed, string Title, string? Section)> { (article.GetProperty("embed"), article.GetProperty("title").GetString()!, null) };
        targets.AddRange(article.GetProperty("sections").EnumerateArray().Select(s => (s.GetProperty("embed"), s.GetProperty("title").GetString()!, (string?)s.GetProperty("id").GetString())));
        Assert.True(targets.Count > 5);

        foreach (var (embed, title, section) in targets)
        {
            var page = new Uri(host.Server.BaseAddress, $"/articles/{Slug}" + (section is null ? string.Empty : "#" + section)).ToString();
            Assert.Equal(page, embed.GetProperty("pageUrl").GetString());

            // The embed page renders that section (or the article's lead).
            using var embedPage = await host.Client.GetAsync(new Uri(embed.GetProperty("embedUrl").GetString()!));
            Assert.Equal(HttpStatusCode.OK, embedPage.StatusCode);
            Assert.Contains($"<section data-section=\"{section ?? "introduction"}\">", await embedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // The oEmbed URL answers for that page.
            using var oembed = await host.Client.GetAsync(new Uri(embed.GetProperty("oembedUrl").GetString()!));
            var json = JsonDocument.Parse(await oembed.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, oembed.StatusCode);
            Assert.StartsWith(title, json.GetProperty("title").GetString(), StringComparison.Ordinal);

            // The copy-paste code is a blockquote naming the embed and linking the page, plus the loader.
            var code = embed.GetProperty("code").GetString()!;
            Assert.Contains($"data-nk-embed=\"{embed.GetProperty("embedUrl").GetString()}\"", code, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{page}\">", code, StringComparison.Ordinal);
            Assert.Contains("/api/embed.js\"></script>", code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ArticleHtml_CarriesOEmbedDiscoveryLinksThatAnswer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{Slug}");
        request.Headers.Add("Accept", "text/html");
        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        var links = DiscoveryLink().Matches(html).ToDictionary(m => m.Groups["type"].Value, m => WebUtility.HtmlDecode(m.Groups["href"].Value));
        Assert.Equal(["application/json+oembed", "text/xml+oembed"], links.Keys.Order(StringComparer.Ordinal));
        using var json = await host.Client.GetAsync(new Uri(links["application/json+oembed"]));
        using var xml = await host.Client.GetAsync(new Uri(links["text/xml+oembed"]));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/xml", xml.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    [InlineData("text/markdown")]
    public async Task ArticleResponses_CarryALinkHeader(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{Slug}");
        request.Headers.Add("Accept", accept);
        using var response = await host.Client.SendAsync(request);

        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("rel=\"alternate\"; type=\"application/json+oembed\"", link, StringComparison.Ordinal);
        var href = LinkTarget().Match(link).Groups["href"].Value;
        using var oembed = await host.Client.GetAsync(new Uri(href));
        Assert.Equal(HttpStatusCode.OK, oembed.StatusCode);
    }

    [Fact]
    public async Task ArticleJson_LinksFollowTheHostTheRequestCameTo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{Slug}");
        request.Headers.Host = "nk.localhost:7071";
        using var response = await host.Client.SendAsync(request);
        var embed = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("embed");

        Assert.Equal($"http://nk.localhost:7071/api/embed/{Slug}", embed.GetProperty("embedUrl").GetString());
        Assert.Equal($"http://nk.localhost:7071/articles/{Slug}", embed.GetProperty("pageUrl").GetString());
    }

    [GeneratedRegex("<link rel=\"alternate\" type=\"(?<type>[a-z/+]+oembed)\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex DiscoveryLink();

    [GeneratedRegex("<(?<href>[^>]+)>")]
    private static partial Regex LinkTarget();
}
