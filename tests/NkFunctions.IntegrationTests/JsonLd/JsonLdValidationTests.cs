using System.Net;
using System.Text.Json.Nodes;
using NkFunctions.IntegrationTests.Content;

namespace NkFunctions.IntegrationTests.JsonLd;

/// <summary>
/// The served JSON-LD passes a real structured-data validator (@adobe/structured-data-validator with the schema.org
/// vocabulary, plus Google's article checks); and the validator is not a rubber stamp: it fails broken documents.
/// </summary>
public sealed class JsonLdValidationTests(SeoContentFixture site) : IClassFixture<SeoContentFixture>
{
    [Fact]
    public async Task ServedJsonLd_SeedAndEveryFieldArticle_Valid()
    {
        var seed = await JsonLdAsync("nk-cells-in-pregnancy");
        var full = await JsonLdAsync("full-health");
        var hostile = await JsonLdAsync("hostile-title");

        var (valid, issues) = await JsonLdValidator.ValidateAsync(seed.ToJsonString(), full.ToJsonString(), hostile.ToJsonString());

        Assert.True(valid, string.Join("\n", issues.SelectMany(i => i)));
        Assert.NotNull(full["citation"]);
        Assert.NotNull(full["reviewedBy"]);
    }

    [Theory]
    [InlineData("@type", "\"MedicalWebPag\"", "ERROR: Type \"MedicalWebPag\" is not a valid schema.org type")]
    [InlineData("reviewer", "\"Dr Rev Iewer\"", "WARNING: Property \"reviewer\" for type \"MedicalWebPage\" is not supported by the schema.org specification")]
    [InlineData("author", """{"@type":"Person","url":"https://nk.example/"}""", "ERROR: Required attribute \"name\" is missing")]
    [InlineData("datePublished", "\"3 November 2026\"", "ERROR: \"datePublished\" must be an ISO 8601 date")]
    [InlineData("headline", "null", "ERROR: \"headline\" is required")]
    public async Task BrokenJsonLd_Invalid_NamingTheProblem(string property, string value, string expected)
    {
        var document = await JsonLdAsync("full-health");
        document[property] = JsonNode.Parse(value);

        var (valid, issues) = await JsonLdValidator.ValidateAsync(document.ToJsonString());

        Assert.False(valid);
        Assert.Contains(expected, Assert.Single(issues));
    }

    private async Task<JsonObject> JsonLdAsync(string slug)
    {
        using var response = await site.Client.GetAsync(new Uri("/api/articles/" + slug, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["jsonLd"]!.AsObject().DeepClone().AsObject();
    }
}
