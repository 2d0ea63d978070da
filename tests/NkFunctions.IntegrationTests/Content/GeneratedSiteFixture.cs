using ArticleGen;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>
/// A local host over the seed article plus <see cref="Generated"/> articles from the scale benchmark's generator
/// (bench/ArticleGen: the seed's shape, varied tags, authors and dates, seeded), so lists, tags, feeds, the sitemap
/// and search answer over a site of realistic articles. The generated files stay readable for the expectations.
/// </summary>
public sealed class GeneratedSiteFixture : IAsyncLifetime
{
    /// <summary>Generated articles; with the seed there are <see cref="Generated"/> + 1.</summary>
    public const int Generated = 200;

    private LocalHostServer? _server;

    public HttpClient Client => (_server ?? throw new InvalidOperationException("Not started.")).Client;

    /// <summary>The generated Markdown files' text by slug.</summary>
    public IReadOnlyDictionary<string, string> Files { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        var root = RepoPaths.CopyContentToTemp();
        var seed = await File.ReadAllTextAsync(Path.Combine(root, "articles", "nk-cells-in-pregnancy.md"));
        new ArticleGenerator(seed).Write(root, Generated);
        Files = Enumerable.Range(0, Generated).ToDictionary(
            ArticleGenerator.Slug, i => File.ReadAllText(Path.Combine(root, "articles", ArticleGenerator.Slug(i) + ".md")), StringComparer.Ordinal);
        _server = await LocalHostServer.StartAsync(root);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
