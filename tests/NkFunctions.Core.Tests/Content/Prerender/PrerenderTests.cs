using System.Text.Json;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Prerender;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Tests.TestSupport;
using NkFunctions.Testing;
using SkiaSharp;

namespace NkFunctions.Core.Tests.Content.Prerender;

/// <summary>
/// The build-time render (<see cref="ContentPrerenderer"/>) and its use at load: an article taken from the folder is
/// the article a render gives, and anything the key cannot see (linked files, images, the clock) makes it render.
/// </summary>
public sealed class PrerenderTests : IDisposable
{
    private static readonly FixedTime Now = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    // Reflection-based and over every public property, computed ones too: a field the prerender JSON drops shows here.
    private static readonly JsonSerializerOptions Everything = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TempContentRoot _root = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nk-prerender-tests", Guid.NewGuid().ToString("N"));

    public PrerenderTests()
    {
        File.Copy(Path.Combine(TestPaths.RepositoryRoot(), "content", "articles", "nk-cells-in-pregnancy.md"), Path.Combine(_root.Root, "articles", "nk-cells-in-pregnancy.md"));
        _root.AddBytes("articles/images/wide.jpg", TestImages.Make(1600, 900));
        _root.AddBytes("articles/images/small.png", TestImages.Make(200, 100, SKEncodedImageFormat.Png));
        _root.AddArticle("pictures.md", ArticleText.WithExtraFields(
            "cover: { src: images/wide.jpg, alt: \"A wide photograph\" }\nlastReviewed: 2026-05-01",
            "Lead with [the other article](other.md).\n\n## Pictures\n\n![A chart](images/small.png)\n\n![Again](images/wide.jpg)\n\n<figure><img src=\"images/wide.jpg\" alt=\"Raw HTML\"></figure>\n"));
        _root.AddArticle("other.md", ArticleText.Valid(slug: "other"));
    }

    [Fact]
    public void Load_FromPrerendered_IsTheRenderedArticle_UnderThePathBase()
    {
        Assert.Empty(Build().Errors);
        var loader = new ContentLoader(Now);

        var prerendered = loader.Load(_root.Root, _folder);
        var rendered = loader.Load(_root.Root);

        Assert.Equal(3, prerendered.FromPrerendered);
        Assert.Equal(0, rendered.FromPrerendered);
        Assert.Equal(Json(rendered), Json(prerendered));
        Assert.Contains("src=\\\"/api/images/", Json(prerendered), StringComparison.Ordinal);
        Assert.Equal(rendered.Images.Select(i => i.Src).Order(), prerendered.Images.Select(i => i.Src).Order());
    }

    [Fact]
    public void Load_FromPrerendered_IsTheRenderedArticle_UnderAConfiguredOrigin()
    {
        Build();
        var loader = new ContentLoader(Options.Create(new EmbedOptions { PublicApiOrigin = "https://api.nk.example" }), Now);

        var prerendered = loader.Load(_root.Root, _folder);
        var rendered = loader.Load(_root.Root);

        Assert.Equal(3, prerendered.FromPrerendered);
        Assert.Equal(Json(rendered), Json(prerendered));
        Assert.Contains("https://api.nk.example/api/images/", Json(prerendered), StringComparison.Ordinal);
        Assert.DoesNotContain(PrerenderImageBase.SentinelOrigin, Json(prerendered), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WritesOneEntryPerArticle_AndASecondRunWritesNothing()
    {
        var first = Build();
        var second = Build();

        Assert.Equal((3, 3, 0, 0), (first.Articles, first.Written, first.Kept, first.Removed));
        Assert.Equal((3, 0, 3, 0), (second.Articles, second.Written, second.Kept, second.Removed));
        Assert.Equal(3, Directory.GetFiles(_folder, "*.json").Length);
    }

    [Fact]
    public void Run_RemovesTheEntriesOfChangedAndDeletedArticles()
    {
        Build();
        File.Delete(Path.Combine(_root.Root, "articles", "other.md"));
        File.WriteAllText(Path.Combine(_root.Root, "articles", "pictures.md"), ArticleText.Valid(slug: "pictures"));

        var outcome = Build();

        Assert.Equal((2, 1, 1, 2), (outcome.Articles, outcome.Written, outcome.Kept, outcome.Removed));
        Assert.Equal(2, Directory.GetFiles(_folder, "*.json").Length);
    }

    [Fact]
    public void Run_InvalidContent_WritesNothingAndReportsEveryError()
    {
        _root.AddArticle("broken.md", ArticleText.Valid(slug: "broken", body: "Lead.\n\n[gone](missing.md)\n"));

        var outcome = Build();

        Assert.Equal("articles/broken.md: broken link 'missing.md' (line 10): articles/missing.md does not exist", Assert.Single(outcome.Errors).ToString());
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void Load_ChangedArticle_IsRendered_TheOthersArePrerendered()
    {
        Build();
        File.WriteAllText(Path.Combine(_root.Root, "articles", "other.md"), ArticleText.Valid(slug: "other", body: "Changed lead.\n"));

        var result = new ContentLoader(Now).Load(_root.Root, _folder);

        Assert.Equal(2, result.FromPrerendered);
        Assert.Equal("<p>Changed lead.</p>", result.Articles.Single(a => a.Metadata.Slug == "other").Sections[0].Html);
    }

    [Fact]
    public void Load_LinkedFileDeletedSinceTheBuild_RendersAndReportsTheBrokenLink()
    {
        Build();
        File.Delete(Path.Combine(_root.Root, "articles", "other.md"));

        var result = new ContentLoader(Now).Load(_root.Root, _folder);

        Assert.Equal("articles/pictures.md: broken link 'other.md' (line 10): articles/other.md does not exist", Assert.Single(result.Errors).ToString());
        Assert.Equal(1, result.FromPrerendered);
    }

    [Fact]
    public void Load_ImageChangedSinceTheBuild_RendersWithTheNewImage()
    {
        Build();
        var bytes = TestImages.Make(300, 150, SKEncodedImageFormat.Png);
        _root.AddBytes("articles/images/small.png", bytes);

        var result = new ContentLoader(Now).Load(_root.Root, _folder);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.FromPrerendered);
        var html = result.Articles.Single(a => a.Metadata.Slug == "test-article").Sections[1].Html;
        Assert.Contains($"/api/images/{NkFunctions.Core.Content.Images.ImageProcessor.Hash(bytes)}/small.png\" width=\"300\" height=\"150\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReviewDateAfterTodayOnThisClock_RendersAndReportsIt()
    {
        Build();
        var earlier = new FixedTime(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));

        var result = new ContentLoader(earlier).Load(_root.Root, _folder);

        Assert.Single(result.Errors);
        Assert.Contains("lastReviewed", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, result.FromPrerendered);
    }

    [Fact]
    public void Load_DamagedOrForeignEntry_IsRendered()
    {
        Build();
        var files = Directory.GetFiles(_folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        File.WriteAllText(files[0], "{ not json");
        // An entry whose content names another key: never taken for the file whose key is its name.
        File.Copy(files[2], files[1], overwrite: true);

        var result = new ContentLoader(Now).Load(_root.Root, _folder);

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.FromPrerendered);
        Assert.Equal(Json(new ContentLoader(Now).Load(_root.Root)), Json(result));
    }

    [Fact]
    public void Load_FolderMissing_RendersEverything()
    {
        var result = new ContentLoader(Now).Load(_root.Root, Path.Combine(_folder, "nowhere"));

        Assert.Empty(result.Errors);
        Assert.Equal((3, 0), (result.Articles.Count, result.FromPrerendered));
    }

    [Fact]
    public void Key_DependsOnPathAndBytes()
    {
        var key = PrerenderKey.Compute("articles/a.md", "text"u8);

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, PrerenderKey.Compute("articles/a.md", "text"u8));
        Assert.NotEqual(key, PrerenderKey.Compute("articles/b.md", "text"u8));
        Assert.NotEqual(key, PrerenderKey.Compute("articles/a.md", "text!"u8));
    }

    public void Dispose()
    {
        _root.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private PrerenderOutcome Build() => ContentPrerenderer.Run(_root.Root, _folder, Now);

    private static string Json(ContentLoadResult result) =>
        JsonSerializer.Serialize(result.Articles.OrderBy(a => a.SourceFile, StringComparer.Ordinal).ToList(), Everything);
}
