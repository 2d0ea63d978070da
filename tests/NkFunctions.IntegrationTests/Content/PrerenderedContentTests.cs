using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Content.Prerender;
using NkFunctions.Core.Content.Serving;
using NkFunctions.IntegrationTests.Content.Images;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>
/// The build's prerendered folder over HTTP: a host that takes its articles from it answers byte for byte what a host
/// that renders them answers, under a configured public origin too (image URLs are swapped in at load).
/// </summary>
public sealed class PrerenderedContentTests : IAsyncLifetime
{
    private const string Origin = "--Embeds:PublicApiOrigin=https://api.nk.example";

    private readonly string _root = RepoPaths.CopyContentToTemp();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nk-prerendered-" + Guid.NewGuid().ToString("N"));
    private LocalHostServer? _prerendered;
    private LocalHostServer? _rendered;

    public static TheoryData<string> Paths => new()
    {
        "/api/articles",
        "/api/articles/nk-cells-in-pregnancy",
        "/api/articles/nk-cells-in-pregnancy?format=html",
        "/api/articles/nk-cells-in-pregnancy/sections/introduction",
        $"/api/articles/{IllustratedContent.Slug}",
        $"/api/articles/{IllustratedContent.Slug}?format=html",
        $"/api/articles/{IllustratedContent.Slug}/sections/the-diagram?format=markdown",
        "/api/tags",
        "/api/feed.json",
        "/api/sitemap.xml",
        $"/api/embed/{IllustratedContent.Slug}",
    };

    public async Task InitializeAsync()
    {
        IllustratedContent.WriteTo(_root);
        var outcome = ContentPrerenderer.Run(_root, _folder, TimeProvider.System);
        Assert.Empty(outcome.Errors);
        _prerendered = await LocalHostServer.StartAsync(_root, Origin, $"--Content:PrerenderedPath={_folder}");
        _rendered = await LocalHostServer.StartAsync(_root, Origin, $"--Content:PrerenderedPath={Path.Combine(_folder, "none")}");
    }

    [Fact]
    public void Start_TakesEveryArticleFromTheFolder_OnlyWhenThereIsOne()
    {
        Assert.Equal(2, _prerendered!.Services.GetRequiredService<ContentStore>().FromPrerendered);
        Assert.Equal(0, _rendered!.Services.GetRequiredService<ContentStore>().FromPrerendered);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_AnswersTheSameBytes_AsARenderingHost(string path)
    {
        using var fromFolder = await _prerendered!.Client.GetAsync(path);
        using var rendered = await _rendered!.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, fromFolder.StatusCode);
        Assert.Equal(rendered.StatusCode, fromFolder.StatusCode);
        Assert.Equal(rendered.Content.Headers.ContentType, fromFolder.Content.Headers.ContentType);
        Assert.Equal(rendered.Headers.ETag, fromFolder.Headers.ETag);
        var bytes = await fromFolder.Content.ReadAsStringAsync();
        Assert.Equal(await rendered.Content.ReadAsStringAsync(), bytes);
        Assert.DoesNotContain(PrerenderImageBase.SentinelOrigin, bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ImageUrlsUnderTheConfiguredOrigin_AreServed()
    {
        var html = await _prerendered!.Client.GetStringAsync($"/api/articles/{IllustratedContent.Slug}?format=html");
        var src = System.Text.RegularExpressions.Regex.Match(html, @"https://api\.nk\.example(/api/images/[^""\\\s,]+)").Groups[1].Value;
        Assert.NotEmpty(src);

        using var image = await _prerendered.Client.GetAsync(src);

        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.StartsWith("image/", image.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new[] { _prerendered, _rendered })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        // Each server deletes its content root when disposed; the second finds it gone.
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
