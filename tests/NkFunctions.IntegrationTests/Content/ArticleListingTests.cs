using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>The site API's lists over HTTP: pagination, Link headers, filters, order, fields, tags, related articles and errors.</summary>
public sealed class ArticleListingTests(SiteContentFixture site) : IClassFixture<SiteContentFixture>
{
    private const int Total = SiteContentFixture.Generated + 1;

    [Fact]
    public async Task ListArticles_Default_FirstPageOf15NewestFirstWithMeta()
    {
        var (response, json) = await GetAsync("/api/articles");

        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(15, articles.Count);
        Assert.Equal("nk-cells-in-pregnancy", articles[0].GetProperty("slug").GetString());
        Assert.Equal("generated-00", articles[1].GetProperty("slug").GetString());
        var pagination = json.GetProperty("meta").GetProperty("pagination");
        Assert.Equal(1, pagination.GetProperty("page").GetInt32());
        Assert.Equal(15, pagination.GetProperty("limit").GetInt32());
        Assert.Equal(2, pagination.GetProperty("pages").GetInt32());
        Assert.Equal(Total, pagination.GetProperty("total").GetInt32());
        Assert.Equal(2, pagination.GetProperty("next").GetInt32());
        Assert.Equal(JsonValueKind.Null, pagination.GetProperty("prev").ValueKind);
        Assert.Equal(
            "</api/articles?page=1>; rel=\"first\", </api/articles?page=2>; rel=\"next\", </api/articles?page=2>; rel=\"last\"",
            string.Join(", ", response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task ListArticles_FollowingNextCursor_VisitsEveryArticleOnce()
    {
        var seen = new List<string>();
        string? next = "/api/articles?limit=7";
        while (next is not null)
        {
            var (response, json) = await GetAsync(next);
            seen.AddRange(json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()!));
            var cursor = json.GetProperty("meta").GetProperty("pagination").GetProperty("nextCursor").GetString();
            // A page asked for by cursor links onward by cursor.
            if (cursor is not null && next.Contains("cursor=", StringComparison.Ordinal))
            {
                Assert.Contains($"cursor={cursor}>; rel=\"next\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
            }

            next = cursor is null ? null : "/api/articles?limit=7&cursor=" + cursor;
        }

        Assert.Equal(Total, seen.Count);
        Assert.Equal(Total, seen.Distinct().Count());
    }

    [Fact]
    public async Task ListArticles_MiddlePage_LinksCarryTheFilters()
    {
        var (response, json) = await GetAsync("/api/articles?tag=generated&limit=5&page=2&order=title");

        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("</api/articles?tag=generated&order=title&limit=5&page=1>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/articles?tag=generated&order=title&limit=5&page=3>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/articles?tag=generated&order=title&limit=5&page=4>; rel=\"last\"", link, StringComparison.Ordinal);
        var pagination = json.GetProperty("meta").GetProperty("pagination");
        Assert.Equal(16, pagination.GetProperty("total").GetInt32());
        Assert.Equal(1, pagination.GetProperty("prev").GetInt32());
    }

    [Fact]
    public async Task ListArticles_Filters_TagAuthorAndDates()
    {
        var (_, json) = await GetAsync("/api/articles?tag=Site%20Test&author=ada-author&publishedFrom=2026-10-20&publishedTo=2026-10-31&limit=100");

        // Site Test: i % 3 == 0; Ada: even i; within 2026-10-20..31: i <= 11. So i = 0, 6.
        Assert.Equal(["generated-00", "generated-06"], Slugs(json));
    }

    [Fact]
    public async Task ListArticles_OrderReadingMinutes_ShortestFirst()
    {
        var (_, json) = await GetAsync("/api/articles?order=readingMinutes&limit=100&fields=readingMinutes");

        var minutes = json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("readingMinutes").GetInt32()).ToList();
        Assert.Equal(Total, minutes.Count);
        Assert.Equal(minutes.Order(), minutes);
    }

    [Fact]
    public async Task ListArticles_Fields_OnlyThoseInWireOrder()
    {
        var (_, json) = await GetAsync("/api/articles?fields=title,slug&limit=1");

        var article = Assert.Single(json.GetProperty("articles").EnumerateArray());
        Assert.Equal(["slug", "title"], article.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ListArticles_DistinctResults_DistinctETags_And304()
    {
        var (first, _) = await GetAsync("/api/articles?page=1");
        var (second, _) = await GetAsync("/api/articles?page=2");
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/articles?page=2", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        using var revalidated = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.True(second.Headers.CacheControl!.Public);
    }

    [Fact]
    public async Task ListArticles_PagePastTheEnd_EmptyPage()
    {
        var (_, json) = await GetAsync("/api/articles?page=9");

        Assert.Empty(json.GetProperty("articles").EnumerateArray());
        Assert.Equal(2, json.GetProperty("meta").GetProperty("pagination").GetProperty("prev").GetInt32());
    }

    [Theory]
    [InlineData("limit=101", "invalid-limit", "limit")]
    [InlineData("page=0", "invalid-page", "page")]
    [InlineData("cursor=nonsense", "invalid-cursor", "cursor")]
    [InlineData("publishedFrom=31-10-2026", "invalid-date", "publishedFrom")]
    [InlineData("order=random", "invalid-order", "order")]
    [InlineData("fields=secret", "invalid-fields", "fields")]
    [InlineData("limit=1&limit=2", "duplicate-parameter", "limit")]
    public async Task ListArticles_BadParameter_400NamingIt(string query, string code, string parameter)
    {
        using var response = await site.Client.GetAsync(new Uri("/api/articles?" + query, UriKind.Relative));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Contains(parameter, problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTags_SlugNameCount_MostUsedFirst()
    {
        var (response, json) = await GetAsync("/api/tags");

        var tags = json.GetProperty("tags").EnumerateArray().ToList();
        Assert.Equal("generated", tags[0].GetProperty("slug").GetString());
        Assert.Equal(16, tags[0].GetProperty("count").GetInt32());
        var siteTest = tags.Single(t => t.GetProperty("slug").GetString() == "site-test");
        Assert.Equal("Site Test", siteTest.GetProperty("name").GetString());
        Assert.Equal(8, siteTest.GetProperty("count").GetInt32());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task GetTag_TagAndItsArticlesPaginated()
    {
        var (response, json) = await GetAsync("/api/tags/fertility?limit=3");

        Assert.Equal("fertility", json.GetProperty("tag").GetProperty("slug").GetString());
        Assert.Equal(9, json.GetProperty("tag").GetProperty("count").GetInt32()); // 8 generated + the seed
        Assert.Equal(["nk-cells-in-pregnancy", "generated-00", "generated-03"], Slugs(json));
        Assert.Equal(3, json.GetProperty("meta").GetProperty("pagination").GetProperty("pages").GetInt32());
        Assert.Contains("</api/tags/fertility?limit=3&page=2>; rel=\"next\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/tags/no-such-tag", HttpStatusCode.NotFound, "tag-not-found")]
    [InlineData("/api/tags/fertility?tag=pregnancy", HttpStatusCode.BadRequest, "invalid-tag")] // the tag is in the path
    public async Task GetTag_Problem(string path, HttpStatusCode status, string code)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, status, code);
    }

    [Theory]
    [InlineData("generated-00", "generated-03,generated-06,generated-09")] // two shared tags beat one
    [InlineData("nk-cells-in-pregnancy", "generated-00,generated-03,generated-06")] // one shared tag, newest first
    public async Task GetArticle_Related_SharedTagsThenRecency(string slug, string expected)
    {
        var (_, json) = await GetAsync("/api/articles/" + slug);

        Assert.Equal(expected.Split(','), json.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("slug").GetString()));
    }

    private static List<string> Slugs(JsonElement json) =>
        [.. json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()!)];

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path)
    {
        var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
