using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary><c>GET /api/search</c> over HTTP: the seed article's sections, snippets, pagination, the tag filter, ETags and errors.</summary>
public sealed class SearchTests(SiteContentFixture site) : IClassFixture<SiteContentFixture>
{
    private const string Seed = "nk-cells-in-pregnancy";

    [Fact]
    public async Task Search_WordFromTheSeedArticle_TheArticleWithTheSectionsThatSayIt()
    {
        var (response, json) = await GetAsync("/api/search?q=placenta");

        Assert.Equal("placenta", json.GetProperty("query").GetString());
        var result = Assert.Single(json.GetProperty("results").EnumerateArray());
        Assert.Equal(Seed, result.GetProperty("slug").GetString());
        Assert.Equal("/articles/" + Seed, result.GetProperty("pagePath").GetString());
        Assert.EndsWith("/api/articles/" + Seed, result.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>placenta</mark>", result.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        // The three sections whose text says "placenta" ("placental" is another word to the stemmer).
        var sections = result.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(
            ["how-nk-cells-influence-fertility", "the-science-behind-nk-cells-and-pregnancy-success", "understanding-nk-cells-in-fertility"],
            sections.Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(sections, s =>
        {
            Assert.Contains("<mark>placenta</mark>", s.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
            Assert.EndsWith($"/api/articles/{Seed}/sections/{s.GetProperty("id").GetString()}", s.GetProperty("url").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(1, json.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32());
        Assert.Equal("</api/search?q=placenta&page=1>; rel=\"first\", </api/search?q=placenta&page=1>; rel=\"last\"", response.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task Search_SectionUrls_AnswerWithTheSection()
    {
        var (_, json) = await GetAsync("/api/search?q=%22natural%20killer%22");

        var section = json.GetProperty("results")[0].GetProperty("sections")[0];
        using var response = await site.Client.GetAsync(new Uri(new Uri(section.GetProperty("url").GetString()!).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(section.GetProperty("id").GetString(), doc.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_Pages_DisjointWithLinksCarryingTheQuery()
    {
        var (response, json) = await GetAsync("/api/search?q=generated&limit=5&page=2");

        var pagination = json.GetProperty("meta").GetProperty("pagination");
        Assert.Equal(SiteContentFixture.Generated, pagination.GetProperty("total").GetInt32());
        Assert.Equal(5, pagination.GetProperty("pages").GetInt32());
        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("</api/search?q=generated&limit=5&page=1>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/search?q=generated&limit=5&page=3>; rel=\"next\"", link, StringComparison.Ordinal);

        var all = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var (_, p) = await GetAsync($"/api/search?q=generated&limit=5&page={page}");
            all.AddRange(Slugs(p));
        }

        Assert.Equal(SiteContentFixture.Generated, all.Distinct().Count());
    }

    [Fact]
    public async Task Search_Tag_FiltersTheResults()
    {
        var (_, json) = await GetAsync("/api/search?q=generated&tag=Site%20Test&limit=50");

        // Every third generated article carries "Site Test".
        Assert.Equal(Enumerable.Range(0, SiteContentFixture.Generated).Where(i => i % 3 == 0).Select(i => $"generated-{i:D2}").Order(), Slugs(json).Order());
    }

    [Fact]
    public async Task Search_PrefixOfTheLastWord_FindsTheArticle()
    {
        var (_, json) = await GetAsync("/api/search?q=nk%20cells%20placen");

        Assert.Equal([Seed], Slugs(json));
    }

    [Fact]
    public async Task Search_ETag_DistinctPerQueryAnd304()
    {
        var (first, _) = await GetAsync("/api/search?q=placenta");
        var (second, _) = await GetAsync("/api/search?q=fertility");
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.NotNull(first.Headers.CacheControl);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/search?q=placenta", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("", "invalid-query")]
    [InlineData("q=%20%20", "invalid-query")]
    [InlineData("q=x&limit=0", "invalid-limit")]
    [InlineData("q=x&limit=51", "invalid-limit")]
    [InlineData("q=x&page=0", "invalid-page")]
    [InlineData("q=x&tag=-", "invalid-tag")]
    [InlineData("q=a&q=b", "duplicate-parameter")]
    public async Task Search_BadParameter_400NamingIt(string query, string code)
    {
        using var response = await site.Client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Search_QueryOver200Characters_400()
    {
        using var response = await site.Client.GetAsync(new Uri("/api/search?q=" + new string('a', 201), UriKind.Relative));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-query");
        Assert.Contains("200", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_QuerySyntaxAndMarkup_AreJustText()
    {
        var (_, json) = await GetAsync("/api/search?q=" + Uri.EscapeDataString("<script> placenta* AND title:("));

        Assert.Equal("<script> placenta* AND title:(", json.GetProperty("query").GetString());
        Assert.Empty(json.GetProperty("results").EnumerateArray());
    }

    private static List<string> Slugs(JsonElement json) => [.. json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!)];

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path)
    {
        var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
