using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

public sealed class HealthTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task GetHealth_ReportsLoadedContent()
    {
        using var response = await host.Client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", json.GetProperty("status").GetString());
        var content = json.GetProperty("content");
        var articles = Directory.GetFiles(Path.Combine(RepoPaths.Content, "articles"), "*.md").Length;
        Assert.Equal(articles, content.GetProperty("articles").GetInt32());
        Assert.True(content.GetProperty("sections").GetInt32() >= 6);
        Assert.Empty(content.GetProperty("errors").EnumerateArray());
    }
}
