using Microsoft.Extensions.Options;
using NkFunctions.Core.Content.Images;
using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Content;

/// <summary>
/// Loads, validates and renders every article of a content root. Build one and reuse it: it holds the Markdig
/// pipeline and the HTML sanitizer, both configured once, and <see cref="Load(string, string?)"/> is safe to call from several threads.
/// </summary>
public sealed class ContentLoader
{
    private const string ArticlesFolder = "articles";

    private static readonly EnumerationOptions MarkdownFiles = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        MatchType = MatchType.Simple,
        RecurseSubdirectories = false,
    };

    private readonly ArticleParser _parser;
    private readonly string _imageUrlBase;
    private readonly TimeProvider _time;

    /// <summary>Builds the Markdig pipeline and the sanitizer; image URLs are path-absolute (<c>/api/images/…</c>).</summary>
    public ContentLoader()
        : this(TimeProvider.System, ImageUrls.PathBase)
    {
    }

    /// <summary>Builds the Markdig pipeline and the sanitizer; <paramref name="time"/> says what "in the future" means for review dates.</summary>
    public ContentLoader(TimeProvider time)
        : this(time, ImageUrls.PathBase)
    {
    }

    /// <summary>Image URLs are absolute when <c>Embeds:PublicApiOrigin</c> is configured; review dates against the system clock.</summary>
    public ContentLoader(IOptions<EmbedOptions> options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>As the app builds it: image URLs from <c>Embeds:PublicApiOrigin</c>, review dates against <paramref name="time"/>.</summary>
    public ContentLoader(IOptions<EmbedOptions> options, TimeProvider time)
        : this(time, ImageUrls.Base(options?.Value.PublicApiOrigin))
    {
    }

    private ContentLoader(TimeProvider time, string imageUrlBase)
    {
        ArgumentNullException.ThrowIfNull(time);
        _parser = new ArticleParser(MarkdownPipelineFactory.Create(), new HtmlSafety(), time);
        _imageUrlBase = imageUrlBase;
        _time = time;
    }

    /// <summary>A loader for the build step: image URLs under <see cref="Prerender.PrerenderImageBase.Sentinel"/>, swapped at start-up.</summary>
    internal static ContentLoader ForPrerender(TimeProvider time) => new(time, Prerender.PrerenderImageBase.Sentinel);

    /// <summary>
    /// Reads <c>contentRoot/articles/*.md</c> (top level of that folder only, in ordinal file name order) and the
    /// optional <c>contentRoot/authors.yml</c>, rendering every article.
    /// </summary>
    /// <inheritdoc cref="Load(string, string?)"/>
    public ContentLoadResult Load(string contentRoot) => Load(contentRoot, prerendered: null);

    /// <summary>
    /// Reads <c>contentRoot/articles/*.md</c> (top level of that folder only, in ordinal file name order) and the
    /// optional <c>contentRoot/authors.yml</c>, taking each article from <paramref name="prerendered"/> when the build
    /// rendered that very file with this very renderer and what it links to is still there, and rendering it otherwise.
    /// </summary>
    /// <param name="contentRoot">The folder holding <c>articles/</c> and anything the articles link to.</param>
    /// <param name="prerendered">The build's folder of prerendered articles; none when null or missing.</param>
    /// <returns>
    /// The valid articles (drafts included, flagged) and every error found. Bad content never throws: it is reported
    /// in <see cref="ContentLoadResult.Errors"/>, and a file with errors contributes no article. A root without an
    /// <c>articles</c> folder is reported as an error too.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="contentRoot"/> is null, empty or blank.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="contentRoot"/> does not exist.</exception>
    public ContentLoadResult Load(string contentRoot, string? prerendered)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        var root = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The content root '{root}' does not exist.");
        }

        var articlesDirectory = Path.Combine(root, ArticlesFolder);
        if (!Directory.Exists(articlesDirectory))
        {
            // A root without articles is almost surely the wrong folder; serving nothing silently would hide that.
            return new ContentLoadResult([], [new ContentError(ArticlesFolder, $"the content root '{root}' has no '{ArticlesFolder}' folder")]);
        }

        // In parallel: decoding and resizing images is CPU work, and so is rendering; the order stays the file order.
        var images = new ImageLibrary(_imageUrlBase);
        var folder = prerendered is not null && Directory.Exists(prerendered) ? new Prerender.PrerenderFolder(prerendered) : null;
        var paths = new ContentPath(root);
        var today = FrontMatterValidator.LatestToday(_time);
        var loaded = Directory.EnumerateFiles(articlesDirectory, "*.md", MarkdownFiles)
            .Order(StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(file => LoadFile(paths, file, images, folder, today))
            .ToList();
        var results = loaded.Select(l => l.Result).ToList();

        var duplicateSlugErrors = DuplicateSlugs.Find(results);
        var rejected = duplicateSlugErrors.Select(error => error.File).ToHashSet(StringComparer.Ordinal);

        var articles = results
            .Where(result => result.Article is not null && !rejected.Contains(result.SourceFile))
            .Select(result => result.Article!)
            .ToList();
        var (authors, authorErrors) = Authors.AuthorsFile.Read(root);
        var errors = results
            .SelectMany(result => result.Errors)
            .Concat(duplicateSlugErrors)
            .Concat(authorErrors)
            .OrderBy(error => error.File, StringComparer.Ordinal)
            .ToList();
        return new ContentLoadResult(articles, errors)
        {
            Authors = authors,
            Images = images.Images,
            ImageProcessingTime = images.ProcessingTime,
            FromPrerendered = loaded.Count(l => l.Entry is null && l.Result.Article is not null),
            Rendered = [.. loaded.Select(l => l.Entry).OfType<Prerender.PrerenderedArticle>()],
        };
    }

    // One file: the prerendered entry when it still holds (Entry null), else parsed and rendered (Entry: what the build stores).
    private (ArticleParseResult Result, Prerender.PrerenderedArticle? Entry) LoadFile(
        ContentPath paths, string file, ImageLibrary images, Prerender.PrerenderFolder? folder, DateOnly today)
    {
        var relative = paths.Relative(file);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (new ArticleParseResult(relative, null, null, [], [new ContentError(relative, $"cannot be read: {ex.Message}")]), null);
        }

        var key = Prerender.PrerenderKey.Compute(relative, bytes);
        if (folder?.TryRead(key) is { } entry && Prerender.PrerenderedArticles.TryRestore(entry, paths, images, today) is { } restored)
        {
            return (new ArticleParseResult(relative, restored.Metadata.Slug, restored, restored.Sections, []), null);
        }

        // Decoded as File.ReadAllText decodes: UTF-8 unless a byte order mark says otherwise.
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var dependencies = new Prerender.DependencyLog();
        var result = _parser.Parse(paths.Root, file, reader.ReadToEnd(), images, dependencies);
        return (result, result.Article is null ? null : dependencies.ToEntry(key, result.Article));
    }
}
