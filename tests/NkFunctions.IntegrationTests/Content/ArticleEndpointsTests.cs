using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

public sealed class ArticleEndpointsTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Slug = "nk-cells-in-pregnancy";

    private static readonly string[] SeedSections =
    [
        "introduction",
        "understanding-nk-cells-in-fertility",
        "how-nk-cells-influence-fertility",
        "exploring-treatments-and-support-for-nk-cell-imbalance",
        "the-science-behind-nk-cells-and-pregnancy-success",
        "moving-forward-with-confidence-and-care",
    ];

    private static readonly string[] BodyFields = ["html", "text", "markdown"];

    [Fact]
    public async Task ListArticles_Default_ListsSeedWithMetadataAndSections()
    {
        using var response = await host.Client.GetAsync(new Uri("/api/articles", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var article = json.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == Slug);
        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", article.GetProperty("title").GetString());
        Assert.Equal("Temp Dost", article.GetProperty("author").GetString());
        Assert.Equal("2026-11-03", article.GetProperty("published").GetString());
        Assert.Equal(4, article.GetProperty("readingMinutes").GetInt32());
        Assert.True(article.GetProperty("wordCount").GetInt32() > 800);
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("summary").GetString()));
        Assert.NotEmpty(article.GetProperty("tags").EnumerateArray());
        Assert.Equal(SeedSections, article.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.False(article.TryGetProperty("Slug", out _)); // camelCase only
    }

    [Fact]
    public async Task GetArticle_Default_HasTocAndHtmlSections()
    {
        var json = await GetJsonAsync($"/api/articles/{Slug}");

        Assert.Equal("html", json.GetProperty("format").GetString());
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(SeedSections, sections.Select(s => s.GetProperty("id").GetString()));
        Assert.All(sections, s =>
        {
            Assert.True(s.TryGetProperty("html", out _));
            Assert.False(s.TryGetProperty("text", out _));
            Assert.True(s.GetProperty("wordCount").GetInt32() > 0);
            Assert.True(s.GetProperty("readingMinutes").GetInt32() >= 1);
        });
        Assert.Contains("<h2 id=\"understanding-nk-cells-in-fertility\">", sections[1].GetProperty("html").GetString(), StringComparison.Ordinal);
        var toc = json.GetProperty("toc").EnumerateArray().ToList();
        Assert.Equal(SeedSections, toc.Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(2, toc[1].GetProperty("level").GetInt32());
        Assert.Equal(4, json.GetProperty("readingMinutes").GetInt32());
    }

    [Theory]
    [InlineData("text", "text")]
    [InlineData("markdown", "markdown")]
    [InlineData("html", "html")]
    public async Task GetArticle_Format_CarriesOnlyThatBody(string format, string field)
    {
        var json = await GetJsonAsync($"/api/articles/{Slug}?format={format}");

        Assert.Equal(format, json.GetProperty("format").GetString());
        foreach (var section in json.GetProperty("sections").EnumerateArray())
        {
            Assert.Equal([field], BodyFields.Where(f => section.TryGetProperty(f, out _)));
        }
    }

    [Fact]
    public async Task GetArticle_MarkdownFormat_KeepsAuthoredSource()
    {
        var json = await GetJsonAsync($"/api/articles/{Slug}?format=markdown");

        var treatments = json.GetProperty("sections")[3].GetProperty("markdown").GetString()!;
        Assert.StartsWith("## Exploring Treatments and Support for NK Cell Imbalance", treatments, StringComparison.Ordinal);
        Assert.Contains("- **Immunotherapy:**", treatments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArticle_AcceptHtml_ReturnsArticleFragment()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/articles/{Slug}", "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<article data-article=\"nk-cells-in-pregnancy\">", html, StringComparison.Ordinal);
        Assert.Equal(SeedSections.Length, CountOf(html, "<section data-section="));
    }

    [Theory]
    [InlineData("text/html", "text/html", "<h2 id=\"how-nk-cells-influence-fertility\">")]
    [InlineData("text/markdown", "text/markdown", "## How NK Cells Influence Fertility")]
    [InlineData("text/plain", "text/plain", "How NK Cells Influence Fertility\n")]
    [InlineData("text/plain;q=0.5, text/markdown", "text/markdown", "## How")]
    [InlineData("application/json;q=0.1, text/*;q=0.9", "text/html", "<h2")]
    public async Task GetSection_Accept_ReturnsBareFragment(string accept, string expectedType, string expectedStart)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/articles/{Slug}/sections/how-nk-cells-influence-fertility", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(expectedStart, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task GetSection_Json_HasNeighboursAndHtml()
    {
        var json = await GetJsonAsync($"/api/articles/{Slug}/sections/exploring-treatments-and-support-for-nk-cell-imbalance");

        Assert.Equal(Slug, json.GetProperty("article").GetString());
        Assert.Equal("Exploring Treatments and Support for NK Cell Imbalance", json.GetProperty("title").GetString());
        Assert.Equal(3, json.GetProperty("index").GetInt32());
        Assert.Equal("how-nk-cells-influence-fertility", json.GetProperty("previous").GetString());
        Assert.Equal("the-science-behind-nk-cells-and-pregnancy-success", json.GetProperty("next").GetString());
        var html = json.GetProperty("html").GetString()!;
        Assert.Equal(3, CountOf(html, "<li>"));
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSection_Introduction_HasNoPrevious()
    {
        var json = await GetJsonAsync($"/api/articles/{Slug}/sections/introduction?format=text");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("previous").ValueKind);
        Assert.StartsWith("When it comes to pregnancy", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_Section_SameHeadersNoBody()
    {
        using var get = await SendAsync(HttpMethod.Get, $"/api/articles/{Slug}/sections/introduction", null);
        using var head = await SendAsync(HttpMethod.Head, $"/api/articles/{Slug}/sections/introduction", null);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/nk-cells-in-pregnancy")]
    [InlineData("/api/health")]
    [InlineData("/api/openapi.json")]
    public async Task Head_EveryGetEndpoint_Answers200WithoutBody(string path)
    {
        using var response = await SendAsync(HttpMethod.Head, path, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetArticle_UnknownSlug_404Problem()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/articles/no-such-article", null);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound, "article-not-found");
        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/articles/no-such-article", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task GetSection_UnknownSection_404ProblemListsSections()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/articles/{Slug}/sections/nope", null);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound, "section-not-found");
        Assert.Contains("understanding-nk-cells-in-fertility", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSection_UnknownArticle_404Problem()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/articles/nope/sections/introduction", null);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "article-not-found");
    }

    [Theory]
    [InlineData("format=pdf")]
    [InlineData("format=")]
    [InlineData("format=HTML")]
    [InlineData("format=html&format=text")]
    public async Task GetArticle_BadFormat_400Problem(string query)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/articles/{Slug}?{query}", null);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-format");
        Assert.Contains("html, text, markdown", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles/nk-cells-in-pregnancy", "image/png")]
    [InlineData("/api/articles/nk-cells-in-pregnancy/sections/introduction", "application/xml")]
    [InlineData("/api/articles", "text/html")]
    [InlineData("/api/articles", "application/json;q=0")]
    public async Task Get_UnacceptableAccept_406Problem(string path, string accept)
    {
        using var response = await SendAsync(HttpMethod.Get, path, accept);

        await Problem.AssertAsync(response, HttpStatusCode.NotAcceptable, "not-acceptable");
    }

    [Fact]
    public async Task GetArticle_BrowserAcceptHeader_GetsHtmlFragment()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/articles/{Slug}", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accept)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await host.Client.SendAsync(request);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
