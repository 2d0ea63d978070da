using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>GET /api/authors and GET /api/authors/{author} over HTTP: records from authors.yml, pages, Link, ETag/304, problems.</summary>
public sealed class AuthorEndpointsTests(SeoContentFixture site) : IClassFixture<SeoContentFixture>
{
    [Fact]
    public async Task ListAuthors_MostArticlesFirst_WithRecordsWhereKnown()
    {
        var (response, json) = await GetAsync("/api/authors");

        var authors = json.GetProperty("authors").EnumerateArray().ToList();
        Assert.Equal(["temp-dost", "ada-author"], authors.Select(a => a.GetProperty("slug").GetString()));
        var temp = authors[0];
        Assert.Equal(("Temp Dost", SeoContentFixture.TempDostArticles), (temp.GetProperty("name").GetString(), temp.GetProperty("count").GetInt32()));
        Assert.Equal("Writes about fertility and the immune system.", temp.GetProperty("bio").GetString());
        Assert.Equal("https://nk.example/about/temp-dost", temp.GetProperty("url").GetString());
        Assert.Equal(["https://orcid.org/0000-0002-1825-0097"], temp.GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()));
        // No record: just the name as written, and no empty bio or url.
        Assert.Equal(["slug", "name", "count"], authors[1].EnumerateObject().Select(p => p.Name));
        Assert.False(response.Headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task GetAuthor_AuthorAndPagesOfTheirArticles()
    {
        var (response, json) = await GetAsync("/api/authors/temp-dost?limit=2&page=2");

        Assert.Equal("Temp Dost", json.GetProperty("author").GetProperty("name").GetString());
        // Newest first: the seed, full-health, then more-3, more-2, more-1.
        Assert.Equal(["more-3", "more-2"], json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
        var pagination = json.GetProperty("meta").GetProperty("pagination");
        Assert.Equal((2, 3, SeoContentFixture.TempDostArticles), (pagination.GetProperty("page").GetInt32(), pagination.GetProperty("pages").GetInt32(), pagination.GetProperty("total").GetInt32()));
        Assert.Equal(
            "</api/authors/temp-dost?limit=2&page=1>; rel=\"first\", </api/authors/temp-dost?limit=2&page=1>; rel=\"prev\", </api/authors/temp-dost?limit=2&page=3>; rel=\"next\", </api/authors/temp-dost?limit=2&page=3>; rel=\"last\"",
            response.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task GetAuthor_ByNameOrSlug_SameDocument()
    {
        var (bySlug, _) = await GetAsync("/api/authors/temp-dost");
        var (byName, _) = await GetAsync("/api/authors/Temp%20Dost");

        Assert.Equal(bySlug.Headers.ETag, byName.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/authors")]
    [InlineData("/api/authors/temp-dost?limit=2")]
    public async Task IfNoneMatch_CurrentTag_304(string path)
    {
        var (first, _) = await GetAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        request.Headers.Add("Origin", "https://front.example");
        using var second = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("*", second.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/api/authors/nobody", HttpStatusCode.NotFound, "author-not-found")]
    [InlineData("/api/authors/-", HttpStatusCode.NotFound, "author-not-found")]
    [InlineData("/api/authors/temp-dost?author=ada-author", HttpStatusCode.BadRequest, "invalid-author")] // the author is in the path
    [InlineData("/api/authors/temp-dost?limit=0", HttpStatusCode.BadRequest, "invalid-limit")]
    public async Task GetAuthor_Problem(string path, HttpStatusCode status, string code)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, status, code);
    }

    [Fact]
    public async Task GetAuthor_TagFilter_NarrowsTheirArticles()
    {
        var (_, json) = await GetAsync("/api/authors/temp-dost?tag=fertility");

        Assert.Equal(["nk-cells-in-pregnancy", "full-health"], json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
    }

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path)
    {
        var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
