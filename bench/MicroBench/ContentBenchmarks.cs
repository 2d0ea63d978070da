using BenchmarkDotNet.Attributes;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Serving;

namespace MicroBench;

/// <summary>
/// Loading the seed article from disk, validating and rendering it (Markdig + sanitizer), then pre-rendering every
/// representation the API serves (ContentCatalog.Build): what start-up and every content reload pay per article.
/// </summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private readonly ContentLoader _loader = new();
    private readonly string _root = RepoContent.Root;

    [Benchmark(Description = "RenderSeedArticle: load + validate + render + pre-render every representation")]
    public int RenderSeedArticle()
    {
        var loaded = _loader.Load(_root);
        if (!loaded.IsValid)
        {
            throw new InvalidOperationException("The seed content is invalid: " + string.Join("; ", loaded.Errors));
        }

        return ContentCatalog.Build(loaded.Articles, DateTimeOffset.UnixEpoch).SectionCount;
    }
}
