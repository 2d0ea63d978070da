using System.Net;
using System.Text.Json;
using NkFunctions.Core.Content.Serving;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>The local host watches content/: edits show on the next requests, broken edits never replace good content.</summary>
public sealed class AuthoringPreviewTests
{
    private const string Article = """
        ---
        title: Preview Article
        slug: preview-article
        author: Test Author
        published: 2026-11-20
        summary: A short article used to test live reloading.
        tags: [test]
        ---
        The lead paragraph.

        ## First Part

        Original words here.
        """;

    [Fact]
    public async Task EditedArticle_ShowsUpWithoutRestart()
    {
        await using var server = await LocalHostServer.StartAsync(null, "--Content:WatchForChanges=true");
        var file = Path.Combine(server.ContentRoot, "articles", "preview-article.md");

        await File.WriteAllTextAsync(file, Article);
        var added = await EventuallyAsync(server, "/api/articles/preview-article/sections/first-part?format=text", r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("Original words here.", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, Article.Replace("Original words here.", "Edited words here.", StringComparison.Ordinal));
        var edited = await EventuallyAsync(server, "/api/articles/preview-article/sections/first-part?format=text", r => r.Content.ReadAsStringAsync().Result.Contains("Edited words", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
    }

    [Fact]
    public async Task EditedArticle_SearchFindsTheNewWordsOnly()
    {
        await using var server = await LocalHostServer.StartAsync(null, "--Content:WatchForChanges=true");
        var file = Path.Combine(server.ContentRoot, "articles", "preview-article.md");

        // Each reload is a new catalog snapshot, and the first search of a snapshot indexes it.
        await File.WriteAllTextAsync(file, Article);
        await EventuallyAsync(server, "/api/search?q=original%20words", r => r.Content.ReadAsStringAsync().Result.Contains("\"first-part\"", StringComparison.Ordinal));
        await File.WriteAllTextAsync(file, Article.Replace("Original words here.", "Edited words here.", StringComparison.Ordinal));
        var edited = await EventuallyAsync(server, "/api/search?q=edited%20words", r => r.Content.ReadAsStringAsync().Result.Contains("preview-article", StringComparison.Ordinal));

        Assert.Contains("<mark>Edited</mark> <mark>words</mark>", JsonDocument.Parse(await edited.Content.ReadAsStringAsync()).RootElement.GetProperty("results")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        using var old = await server.Client.GetAsync(new Uri("/api/search?q=original%20words", UriKind.Relative));
        Assert.Empty(JsonDocument.Parse(await old.Content.ReadAsStringAsync()).RootElement.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task BrokenEdit_KeepsLastGoodContentAndReportsErrors()
    {
        await using var server = await LocalHostServer.StartAsync(null, "--Content:WatchForChanges=true");
        var file = Path.Combine(server.ContentRoot, "articles", "preview-article.md");
        await File.WriteAllTextAsync(file, Article);
        await EventuallyAsync(server, "/api/articles/preview-article", r => r.StatusCode == HttpStatusCode.OK);

        await File.WriteAllTextAsync(file, Article.Replace("title: Preview Article\n", string.Empty, StringComparison.Ordinal));
        var health = await EventuallyAsync(server, "/api/health", r => r.Content.ReadAsStringAsync().Result.Contains("degraded", StringComparison.Ordinal));

        var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        var error = Assert.Single(json.GetProperty("content").GetProperty("errors").EnumerateArray()).GetString()!;
        Assert.Contains("articles/preview-article.md", error, StringComparison.Ordinal);
        Assert.Contains("title", error, StringComparison.Ordinal);
        using var stillServed = await server.Client.GetAsync(new Uri("/api/articles/preview-article", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillServed.StatusCode);
        using var seed = await server.Client.GetAsync(new Uri("/api/articles/nk-cells-in-pregnancy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, seed.StatusCode);
    }

    [Fact]
    public async Task InvalidContentAtStartup_RefusesToStart()
    {
        var root = RepoPaths.CopyContentToTemp();
        await File.WriteAllTextAsync(Path.Combine(root, "articles", "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => LocalHostServer.StartAsync(root));

        Assert.Contains(error.Errors, e => e.File == "articles/broken.md");
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task WithoutWatching_EditsAreIgnored()
    {
        await using var server = await LocalHostServer.StartAsync(null, "--Content:WatchForChanges=false");
        await File.WriteAllTextAsync(Path.Combine(server.ContentRoot, "articles", "preview-article.md"), Article);
        await Task.Delay(500);

        using var response = await server.Client.GetAsync(new Uri("/api/articles/preview-article", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // File-change notifications arrive asynchronously; poll (bounded) instead of sleeping a guessed time.
    private static async Task<HttpResponseMessage> EventuallyAsync(LocalHostServer server, string path, Func<HttpResponseMessage, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.LoadIntoBufferAsync();
            if (done(response) || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(50);
        }
    }
}
