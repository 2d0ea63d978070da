using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>
/// Lists, tags, feeds, the sitemap, search and lazily rendered articles over HTTP on a generated site of 201 articles
/// (issue 16, scale): every answer checked against what the generated files say.
/// </summary>
public sealed partial class GeneratedSiteTests(GeneratedSiteFixture site) : IClassFixture<GeneratedSiteFixture>
{
    private const int Total = GeneratedSiteFixture.Generated + 1;
    private const string Seed = "nk-cells-in-pregnancy";

    [Fact]
    public async Task ListArticles_AllPages_EveryArticleOnceNewestFirst()
    {
        var slugs = new List<string>();
        var dates = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            using var json = await GetJsonAsync($"/api/articles?limit=100&page={page}");
            var pagination = json.RootElement.GetProperty("meta").GetProperty("pagination");
            Assert.Equal(Total, pagination.GetProperty("total").GetInt32());
            Assert.Equal(3, pagination.GetProperty("pages").GetInt32());
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
            {
                slugs.Add(article.GetProperty("slug").GetString()!);
                dates.Add(article.GetProperty("published").GetString()!);
            }
        }

        Assert.Equal([.. site.Files.Keys.Append(Seed).Order(StringComparer.Ordinal)], slugs.Order(StringComparer.Ordinal));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(Seed, slugs[0]); // 2026-11-03, newer than the newest generated article
        Assert.Equal("generated-00000", slugs[1]);
    }

    [Fact]
    public async Task ListTags_CountsAreTheGeneratedFilesTags_TagPageListsThem()
    {
        var expected = site.Files.Values.SelectMany(TagsOf).Concat(["fertility", "pregnancy", "immunology", "nk-cells"])
            .GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        using var tags = await GetJsonAsync("/api/tags");
        var actual = tags.RootElement.GetProperty("tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("slug").GetString()!, t => t.GetProperty("count").GetInt32(), StringComparer.Ordinal);

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(e => e.Key, StringComparer.Ordinal));
        var rarest = expected.MinBy(e => e.Value);
        using var page = await GetJsonAsync($"/api/tags/{rarest.Key}?limit=100");
        Assert.Equal(rarest.Value, page.RootElement.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32());
        Assert.All(page.RootElement.GetProperty("articles").EnumerateArray(), a =>
            Assert.Contains(rarest.Key, a.GetProperty("tags").EnumerateArray().Select(t => t.GetString())));
    }

    [Fact]
    public async Task Feeds_NewestFiftyArticles()
    {
        using var rss = await site.Client.GetAsync(new Uri("/api/feed.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, rss.StatusCode);
        var items = XDocument.Parse(await rss.Content.ReadAsStringAsync()).Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal(50, items.Count);
        Assert.EndsWith("/articles/" + Seed, items[0].Element("link")!.Value, StringComparison.Ordinal);
        Assert.EndsWith("/articles/generated-00048", items[49].Element("link")!.Value, StringComparison.Ordinal);

        using var json = await GetJsonAsync("/api/feed.json");
        Assert.Equal(50, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Sitemap_EveryArticle()
    {
        using var response = await site.Client.GetAsync(new Uri("/api/sitemap.xml", UriKind.Relative));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal(Total, locs.Count);
        Assert.Equal(Total, locs.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(locs, l => l.EndsWith("/articles/generated-00199", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_RareTerm_TheArticlesWhoseTextHasIt()
    {
        // The made-up term in the most files: a selective query whose answer the files give exactly.
        var (term, files) = site.Files
            .SelectMany(f => RareTerm().Matches(f.Value).Select(m => (Term: m.Value, Slug: f.Key)).Distinct())
            .GroupBy(x => x.Term, StringComparer.Ordinal)
            .Select(g => (g.Key, Slugs: g.Select(x => x.Slug).ToHashSet(StringComparer.Ordinal)))
            .MaxBy(g => g.Slugs.Count);

        using var json = await GetJsonAsync($"/api/search?q={term}%20&limit=50");

        var results = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!).ToList();
        Assert.True(files.Count >= 2, "the generator spreads rare terms over several articles");
        Assert.Equal(files.Order(StringComparer.Ordinal), results.Order(StringComparer.Ordinal));
        Assert.Equal(files.Count, json.RootElement.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Article_RenderedOnFirstRequest_SameBytesAndETagEveryTime()
    {
        // Articles, sections and embed pages are rendered when first asked for; asking in parallel must give one answer.
        var urls = new[] { "/api/articles/generated-00150", "/api/articles/generated-00150?format=text", "/api/embed/generated-00151" };
        foreach (var url in urls)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
            {
                using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return (ETag: response.Headers.ETag!.Tag, Body: await response.Content.ReadAsStringAsync());
            }));
            Assert.Single(answers.Select(a => a.ETag).Distinct());
            Assert.Single(answers.Select(a => a.Body).Distinct());
        }

        using var article = await GetJsonAsync("/api/articles/generated-00152");
        var section = article.RootElement.GetProperty("sections")[2].GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/articles/generated-00152/sections/{section}", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
        using var text = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.StartsWith(article.RootElement.GetProperty("sections")[2].GetProperty("title").GetString()!, await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> TagsOf(string file) =>
        TagLine().Match(file).Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"^tags: \[(.*)\]$", RegexOptions.Multiline)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"\brare\d+\b")]
    private static partial Regex RareTerm();
}
