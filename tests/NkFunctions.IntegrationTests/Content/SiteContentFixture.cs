using System.Globalization;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>
/// A local host over the seed article plus 24 generated ones (a day apart, back from 2026-10-31; tags and authors
/// cycle), so lists have several pages. Shared by the read-only tests of a class.
/// </summary>
public sealed class SiteContentFixture : IAsyncLifetime
{
    /// <summary>Generated articles; with the seed there are <see cref="Generated"/> + 1.</summary>
    public const int Generated = 24;

    private LocalHostServer? _server;

    public HttpClient Client => (_server ?? throw new InvalidOperationException("Not started.")).Client;

    public async Task InitializeAsync()
    {
        var root = RepoPaths.CopyContentToTemp();
        for (var i = 0; i < Generated; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(root, "articles", $"generated-{i:D2}.md"), Article(i));
        }

        _server = await LocalHostServer.StartAsync(root);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    // Every third article is tagged "Site Test" (spelled as a name: its slug is site-test); authors alternate.
    private static string Article(int i)
    {
        var published = new DateOnly(2026, 10, 31).AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tags = i % 3 == 0 ? "[Site Test, fertility]" : "[generated]";
        var author = i % 2 == 0 ? "Ada Author" : "Ben Writer";
        var words = string.Join(' ', Enumerable.Repeat("word", 100 * (1 + (i % 5))));
        return $"""
            ---
            title: Generated Article {(char)('Z' - i)}
            slug: generated-{i:D2}
            author: {author}
            published: {published}
            summary: A generated article for listing tests.
            tags: {tags}
            ---
            The lead paragraph of article {i}.

            ## First Part

            {words}
            """;
    }
}
