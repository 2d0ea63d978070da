using NkFunctions.IntegrationTests.Hosting;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.LocalHost.Hosting;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.IntegrationTests.LocalHost;

/// <summary>The real local host on Kestrel: each function of functions.metadata answers at its route.</summary>
public sealed class LocalHostAppTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Slug = "nk-cells-in-pregnancy";

    [Fact]
    public async Task ListArticles_GetApiArticles_ServedByListArticles()
    {
        var json = await GetJsonAsync("/api/articles");

        Assert.Contains(json.GetProperty("articles").EnumerateArray(), a => a.GetProperty("slug").GetString() == Slug);
    }

    [Fact]
    public async Task GetArticle_GetApiArticlesSlug_ServedByGetArticle()
    {
        var json = await GetJsonAsync($"/api/articles/{Slug}");

        Assert.Equal("html", json.GetProperty("format").GetString());
        Assert.Equal("introduction", json.GetProperty("toc")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetSection_GetApiArticlesSlugSectionsId_ServedByGetSectionWithBothRouteValues()
    {
        var json = await GetJsonAsync($"/api/articles/{Slug}/sections/introduction");

        Assert.Equal(Slug, json.GetProperty("article").GetString());
        Assert.Equal(0, json.GetProperty("index").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("previous").ValueKind);
    }

    [Fact]
    public async Task GetHealth_GetApiHealth_JsonWithStatus()
    {
        var json = await GetJsonAsync("/api/health");

        Assert.Equal("ok", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetOpenApi_GetApiOpenApiJson_ServedByGetOpenApi()
    {
        var json = await GetJsonAsync("/api/openapi.json");

        Assert.StartsWith("3.", json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fallback_OptionsApiHealth_204FromFallback()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/health", UriKind.Relative));
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Fallback_UnknownPath_404FromFallback()
    {
        using var response = await host.Client.GetAsync(new Uri("/api/no/such/thing", UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "route-not-found");
    }

    [Fact]
    public async Task GetHealth_Head_200WithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/api/health", UriKind.Relative));
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetHealth_WithoutRoutePrefix_NotServed()
    {
        using var response = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Services_LoadedAppMetadataPrefixAndConfiguredKey()
    {
        var functions = host.Server.Services.GetRequiredService<LocalHostFunctions>();
        var key = host.Server.Services.GetRequiredService<FunctionKey>();

        Assert.Equal("api", functions.RoutePrefix);
        Assert.Equal(FunctionsMetadataTests.Read().Count(), functions.Metadata.HttpFunctions.Count);
        Assert.Equal(["RollupClosedDays", "ApplyRetention"], functions.Metadata.TimerFunctions.Select(f => f.Name));
        Assert.Equal(LocalHostServer.FunctionKey, key.Value);
        Assert.NotEqual(FunctionKeySource.Generated, key.Source);
    }

    [Fact]
    public async Task Build_UrlsArgument_ListensThere()
    {
        var port = LoopbackPorts.Free();

        await using var server = await LocalHostServer.StartAsync(null, $"--urls=http://127.0.0.1:{port}");

        Assert.Equal(new Uri($"http://127.0.0.1:{port}"), server.BaseAddress);
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/api/health"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
