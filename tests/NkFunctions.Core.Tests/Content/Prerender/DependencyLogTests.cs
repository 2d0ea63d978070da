using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Prerender;
using NkFunctions.Core.Tests.TestSupport;
using NkFunctions.Testing;
using SkiaSharp;

namespace NkFunctions.Core.Tests.Content.Prerender;

/// <summary>
/// <see cref="DependencyLog"/> is written from several threads at once: an article's body images are resolved in
/// parallel (<c>BodyImages.Rewrite</c>), and each resolution notes its file and image. Found under the real-host
/// comparison: an article showing one picture as a Markdown image and again as a raw-HTML &lt;img&gt; stopped the
/// local host at start-up with "An item with the same key has already been added" from the log's SortedDictionary.
/// </summary>
public sealed class DependencyLogTests : IDisposable
{
    private static readonly FixedTime Now = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    private readonly TempContentRoot _root = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nk-dependency-log-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Render_ArticleShowingOnePictureManyTimes_LoadsEveryTime_AndItsEntryListsEachImageOnce()
    {
        // Six pictures, each shown four times (Markdown and raw HTML): the resolutions of one picture wait on its single
        // decode and wake together, so they note it at the same moment.
        var pictures = Enumerable.Range(0, 6).Select(p => $"images/p{p}.jpg").ToList();
        pictures.ForEach(p => _root.AddBytes("articles/" + p, TestImages.Make(1200 + 40 * pictures.IndexOf(p), 800)));
        var body = string.Concat(Enumerable.Range(0, 24).Select(i => i % 2 == 0
            ? $"![Picture {i}]({pictures[i % 6]})\n\n"
            : $"<figure><img src=\"{pictures[i % 6]}\" alt=\"Raw {i}\"></figure>\n\n"));
        _root.AddArticle("pictures.md", ArticleText.Valid(body: "Lead.\n\n## Pictures\n\n" + body));
        var expected = pictures.Select(p => "articles/" + p).Order(StringComparer.Ordinal).ToList();

        // Rendered every time (no prerendered folder), which is when the log is written; the build step renders too.
        for (var run = 0; run < 100; run++)
        {
            var loaded = new ContentLoader(Now).Load(_root.Root);
            Assert.Empty(loaded.Errors);
            var entry = Assert.Single(loaded.Rendered);
            Assert.Equal(expected, entry.Images.Select(i => i.File));
            Assert.Equal(expected, entry.Files);
        }

        Assert.Empty(ContentPrerenderer.Run(_root.Root, _folder, Now).Errors);
        Assert.Equal(1, new ContentLoader(Now).Load(_root.Root, _folder).FromPrerendered);
    }

    public void Dispose()
    {
        _root.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
