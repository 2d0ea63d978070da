using Microsoft.Extensions.Options;
using NkFunctions.Core.Content.Images;
using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Content;

/// <summary>
/// Loads, validates and renders every article of a content root. Build one and reuse it: it holds the Markdig
/// pipeline and the HTML sanitizer, both configured once, and <see cref="Load"/> is safe to call from several threads.
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
    }

    /// <summary>
    /// Reads <c>contentRoot/articles/*.md</c> (top level of that folder only, in ordinal file name order) and the
    /// optional <c>contentRoot/authors.yml</c>.
    /// </summary>
    /// <param name="contentRoot">The folder holding <c>articles/</c> and anything the articles link to.</param>
    /// <returns>
    /// The valid articles (drafts included, flagged) and every error found. Bad content never throws: it is reported
    /// in <see cref="ContentLoadResult.Errors"/>, and a file with errors contributes no article. A root without an
    /// <c>articles</c> folder is reported as an error too.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="contentRoot"/> is null, empty or blank.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="contentRoot"/> does not exist.</exception>
    public ContentLoadResult Load(string contentRoot)
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
        var results = Directory.EnumerateFiles(articlesDirectory, "*.md", MarkdownFiles)
            .Order(StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(file => _parser.Parse(root, file, images))
            .ToList();

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
        return new ContentLoadResult(articles, errors) { Authors = authors, Images = images.Images, ImageProcessingTime = images.ProcessingTime };
    }
}
