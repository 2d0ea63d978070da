using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>The article JSON's seo, health, jsonLd and jsonLdScript over HTTP.</summary>
public sealed class ArticleSeoTests(SeoContentFixture site) : IClassFixture<SeoContentFixture>
{
    [Fact]
    public async Task Seed_DerivedSeoValues_NoHealth()
    {
        var json = await GetArticleAsync("nk-cells-in-pregnancy");

        var seo = json["seo"]!;
        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", (string?)seo["metaTitle"]);
        var description = (string)seo["metaDescription"]!;
        // The seed's summary is longer than 160 characters: cut on a word boundary, with an ellipsis.
        Assert.True(description.Length <= 160, description);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
        Assert.StartsWith(description[..^1], (string)json["summary"]!, StringComparison.Ordinal);
        Assert.Equal("https://nk.example/articles/nk-cells-in-pregnancy", (string?)seo["canonicalUrl"]);
        var og = seo["openGraph"]!;
        Assert.Equal(
            ("article", "NK Cells in Pregnancy: Balancing Immunity", "https://nk.example/articles/nk-cells-in-pregnancy", "NK Cells in Pregnancy", "2026-11-03", "2026-11-03"),
            ((string?)og["type"], (string?)og["title"], (string?)og["url"], (string?)og["siteName"], (string?)og["publishedTime"], (string?)og["modifiedTime"]));
        Assert.Null(og["image"]);
        Assert.Equal("summary", (string?)seo["twitter"]!["card"]);
        Assert.Equal(JsonValueKind.Null, json["health"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(json.AsObject().ContainsKey("health"));
    }

    [Fact]
    public async Task Seed_JsonLd_MedicalWebPageWithAuthorRecord()
    {
        var jsonLd = (await GetArticleAsync("nk-cells-in-pregnancy"))["jsonLd"]!;

        Assert.Equal(("https://schema.org", "MedicalWebPage"), ((string?)jsonLd["@context"], (string?)jsonLd["@type"]));
        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", (string?)jsonLd["headline"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"@type":"Person","name":"Temp Dost","url":"https://nk.example/about/temp-dost","description":"Writes about fertility and the immune system.","sameAs":["https://orcid.org/0000-0002-1825-0097"]}"""),
            jsonLd["author"]));
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["@type"] = "Organization", ["name"] = "NK Publisher", ["url"] = "https://nk.example/", ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = SeoContentFixture.Logo } },
            jsonLd["publisher"]));
        Assert.Equal("fertility, pregnancy, immunology, nk-cells", (string?)jsonLd["keywords"]);
        Assert.Null(jsonLd["image"]);
        Assert.Null(jsonLd["reviewedBy"]);
    }

    [Fact]
    public async Task FullArticle_ExplicitSeoAndHealthFields()
    {
        var json = await GetArticleAsync("full-health");

        var seo = json["seo"]!;
        Assert.Equal(("Every field, for search", "Search snippet for the full article.", "https://journal.example/originals/full-health"), ((string?)seo["metaTitle"], (string?)seo["metaDescription"], (string?)seo["canonicalUrl"]));
        Assert.Equal("2026-10-15", (string?)seo["openGraph"]!["modifiedTime"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {
                  "reviewedBy": "Dr Rev Iewer", "lastReviewed": "2026-10-20",
                  "references": [
                    { "title": "Uterine NK cells in pregnancy", "url": "https://www.nature.com/articles/nri.2016.27", "authors": ["A. Moffett", "F. Colucci"], "publisher": "Nature Reviews Immunology", "year": 2016, "doi": "10.1038/nri.2016.27" },
                    { "title": "A note without a link", "authors": [], "date": "2025-05-04" }
                  ]
                }
                """),
            json["health"]));
        var jsonLd = json["jsonLd"]!;
        Assert.Equal("2026-10-20", (string?)jsonLd["lastReviewed"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"@type":"Person","name":"Dr Rev Iewer","url":"https://nk.example/about/reviewer"}"""), jsonLd["reviewedBy"]));
        Assert.Equal(["Uterine NK cells in pregnancy", "A note without a link"], jsonLd["citation"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.Equal("https://journal.example/originals/full-health", (string?)jsonLd["mainEntityOfPage"]);
    }

    [Theory]
    [InlineData("nk-cells-in-pregnancy")]
    [InlineData("full-health")]
    [InlineData("hostile-title")]
    public async Task JsonLdScript_IsTheJsonLdWithHtmlCharactersEscaped(string slug)
    {
        var json = await GetArticleAsync(slug);

        var script = (string)json["jsonLdScript"]!;
        Assert.True(JsonNode.DeepEquals(json["jsonLd"], JsonNode.Parse(script)));
        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        Assert.DoesNotContain(">", script, StringComparison.Ordinal);
        Assert.DoesNotContain("&", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLdScript_HostileTitle_CannotEndTheScriptElement()
    {
        var json = await GetArticleAsync("hostile-title");

        var script = (string)json["jsonLdScript"]!;
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 more", script, StringComparison.Ordinal);
        Assert.Equal(SeoContentFixture.HostileTitle, (string?)JsonNode.Parse(script)!["headline"]);
        // Ada Author has no record in authors.yml: a Person with just a name.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"@type":"Person","name":"Ada Author"}"""), JsonNode.Parse(script)!["author"]));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public async Task EveryBodyFormat_CarriesTheSameSeo(string format)
    {
        var html = await GetArticleAsync("full-health");
        var other = await GetArticleAsync("full-health?format=" + format);

        Assert.True(JsonNode.DeepEquals(html["seo"], other["seo"]));
        Assert.True(JsonNode.DeepEquals(html["jsonLd"], other["jsonLd"]));
    }

    private async Task<JsonNode> GetArticleAsync(string slugAndQuery)
    {
        using var response = await site.Client.GetAsync(new Uri("/api/articles/" + slugAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
