using System.Globalization;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Site;

/// <summary>
/// The sample site (samples/site) built once by Eleventy against the local host over the seed article and
/// <see cref="Generated"/> generated ones, in pages of <see cref="PageSize"/> (so the index has several pages and a
/// tag has two), and served on its own origin; the API stores beacons in an Azurite of its own and links its feeds,
/// sitemap and embeds to the site (<c>Embeds:SiteUrl</c>), as ./scripts/run-local.sh sets it up.
/// </summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    /// <summary>Generated articles; with the seed there are <see cref="Generated"/> + 1.</summary>
    public const int Generated = 17;

    /// <summary>Articles per index and tag page (NK_SITE_PAGE_SIZE).</summary>
    public const int PageSize = 6;

    /// <summary>The tag every second generated article carries, by name; its slug is <see cref="TagSlug"/>.</summary>
    public const string TagName = "Site Test";

    public const string TagSlug = "site-test";

    private AzuriteServer? _azurite;
    private LocalHostServer? _host;
    private StaticSite? _site;
    private string? _output;

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Not started.");

    public LocalHostServer Host => _host ?? throw new InvalidOperationException("Not started.");

    /// <summary>The site's origin, e.g. <c>http://localhost:41234</c>.</summary>
    public string Origin => (_site ?? throw new InvalidOperationException("Not started.")).Origin;

    /// <summary>Every published article's slug, newest first (the generated ones are newer than the seed).</summary>
    public static IReadOnlyList<string> AllSlugs { get; } =
        [.. Enumerable.Range(0, Generated).Select(Slug), "nk-cells-in-pregnancy"];

    /// <summary>The slugs of the articles tagged <see cref="TagName"/>, newest first.</summary>
    public static IReadOnlyList<string> TaggedSlugs { get; } =
        [.. Enumerable.Range(0, Generated).Where(IsTagged).Select(Slug)];

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        var sitePort = LoopbackPorts.Free();
        var content = RepoPaths.CopyContentToTemp();
        for (var i = 0; i < Generated; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(content, "articles", Slug(i) + ".md"), Article(i));
        }

        // The illustrated article's cover (variants at 480/960/1440) and in-body diagram, made here: nothing committed.
        Directory.CreateDirectory(Path.Combine(content, "articles", "images"));
        await File.WriteAllBytesAsync(Path.Combine(content, "articles", "images", "site-cover.jpg"), NkFunctions.Testing.TestImages.Make(1600, 900));
        await File.WriteAllBytesAsync(Path.Combine(content, "articles", "images", "diagram.png"), NkFunctions.Testing.TestImages.Make(1000, 600, SkiaSharp.SKEncodedImageFormat.Png));

        _host = await LocalHostServer.StartAsync(
            content,
            $"--AzureWebJobsStorage={_azurite.ConnectionString}",
            $"--Embeds:SiteUrl=http://localhost:{sitePort}");
        _output = await SiteBuild.RunAsync(
            _host.BaseAddress,
            new Dictionary<string, string> { ["NK_SITE_PAGE_SIZE"] = PageSize.ToString(CultureInfo.InvariantCulture) });
        _site = StaticSite.Start(_output, sitePort);
    }

    public async Task DisposeAsync()
    {
        _site?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (_output is not null && Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    /// <summary>The article with a cover and an image in its body.</summary>
    public static string IllustratedSlug => Slug(Illustrated);

    private const int Illustrated = 1;

    private static string Slug(int i) => $"site-article-{i:D2}";

    private static bool IsTagged(int i) => i % 2 == 0;

    // A day apart, back from 2026-11-30 (after the seed's date, so they come first); two sections each, tags by parity.
    private static string Article(int i)
    {
        var published = new DateOnly(2026, 11, 30).AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tags = IsTagged(i) ? $"[{TagName}, fertility]" : "[generated]";
        var words = string.Join(' ', Enumerable.Repeat("word", 80 * (1 + (i % 4))));
        return $"""
            ---
            title: Site Article {i:D2}
            slug: {Slug(i)}
            author: Ada Author
            published: {published}
            summary: Generated article {i} for the sample site test.
            tags: {tags}{(i == Illustrated ? "\ncover: { src: images/site-cover.jpg, alt: \"A generated cover\" }" : string.Empty)}
            ---
            The lead paragraph of article {i}, with a [link to the seed article](/articles/nk-cells-in-pregnancy).

            ## First Part

            {(i == Illustrated ? "![A generated diagram](images/diagram.png)" : string.Empty)}

            {words}

            ## Second Part

            The second part of article {i}.
            """;
    }
}
