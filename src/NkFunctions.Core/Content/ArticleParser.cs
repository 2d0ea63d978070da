using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using NkFunctions.Core.Content.Images;

namespace NkFunctions.Core.Content;

/// <summary>
/// Parses, validates and renders one article file. Every check runs even after another has failed, so an author sees
/// all problems at once; the <see cref="Article"/> is produced only when there are none.
/// </summary>
internal sealed class ArticleParser(MarkdownPipeline pipeline, HtmlSafety safety, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private readonly SectionRenderer _renderer = new(pipeline, safety);

    /// <summary>Reads and parses <paramref name="filePath"/>, a file inside <paramref name="contentRoot"/>.</summary>
    /// <param name="contentRoot">The content root.</param>
    /// <param name="filePath">The article file.</param>
    /// <param name="images">The images of this load, shared by its articles; a private one (path-absolute URLs) when null.</param>
    public ArticleParseResult Parse(string contentRoot, string filePath, ImageLibrary? images = null)
    {
        var relative = Path.GetRelativePath(contentRoot, filePath).Replace('\\', '/');
        string source;
        try
        {
            source = File.ReadAllText(filePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ArticleParseResult(relative, null, null, [], [new ContentError(relative, $"cannot be read: {ex.Message}")]);
        }

        return Parse(contentRoot, filePath, source, images);
    }

    /// <summary>Parses <paramref name="source"/> as if it were the content of <paramref name="filePath"/>.</summary>
    /// <param name="contentRoot">The content root.</param>
    /// <param name="filePath">The article file.</param>
    /// <param name="source">Its text.</param>
    /// <param name="images">The images of this load, shared by its articles; a private one (path-absolute URLs) when null.</param>
    /// <param name="dependencies">Where the files and images the article resolved to are noted (for the build-time cache).</param>
    public ArticleParseResult Parse(string contentRoot, string filePath, string source, ImageLibrary? images = null, Prerender.DependencyLog? dependencies = null)
    {
        var paths = new ContentPath(contentRoot) { Dependencies = dependencies };
        var errors = new FileErrors(Path.GetRelativePath(contentRoot, filePath).Replace('\\', '/'));
        var document = Markdown.Parse(source, pipeline);
        TableAlignment.Rewrite(document);

        var frontMatter = ReadFrontMatter(document, errors);
        var metadata = frontMatter is null ? null : FrontMatterValidator.Validate(frontMatter, errors, FrontMatterValidator.LatestToday(_time));

        if (!document.Any(SectionSplitter.IsContent))
        {
            errors.Add("the body is empty: write the article below the closing '---' line");
        }

        var sections = SectionSplitter.Split(document, source, metadata?.Title ?? frontMatter?.Title ?? string.Empty, pipeline);
        var hasIntroduction = sections.Count > 0 && sections[0].IsIntroduction;
        HeadingRules.Check(document, hasIntroduction, pipeline, errors);
        var articleDirectory = Path.GetDirectoryName(Path.GetFullPath(filePath))!;
        new LinkValidator(paths).Validate(document, articleDirectory, hasIntroduction, errors);

        // Images are rewritten in the syntax tree before the sections render, so the HTML carries hashed URLs and sizes.
        var resolver = new ImageResolver(paths, images ?? new ImageLibrary(ImageUrls.PathBase));
        BodyImages.Rewrite(document, resolver, articleDirectory, errors);
        var cover = CoverImage.Resolve(frontMatter?.Cover, resolver, articleDirectory, errors);

        var rendered = sections.Select(_renderer.Render).ToList();
        var slug = FrontMatterValidator.IsValidSlug(frontMatter?.Slug) ? frontMatter!.Slug : null;
        var article = errors.Count == 0 && metadata is not null
            ? CreateArticle(metadata, rendered, TocBuilder.Build(sections, pipeline), errors.File) with { Cover = cover }
            : null;
        return new ArticleParseResult(errors.File, slug, article, rendered, errors.Items);
    }

    private static FrontMatter? ReadFrontMatter(MarkdownDocument document, FileErrors errors)
    {
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock block)
        {
            errors.Add("missing front matter: the file must start with a '---' line, then the fields (title, slug, published, summary...), then a closing '---' line");
            return null;
        }

        // block.Line is the opening '---' (0-based), so the YAML starts on 1-based file line block.Line + 2.
        return FrontMatterReader.Read(block.Lines.ToString(), block.Line + 2, errors);
    }

    private static Article CreateArticle(ArticleMetadata metadata, List<Section> sections, IReadOnlyList<TocEntry> toc, string sourceFile)
    {
        var words = sections.Sum(section => section.WordCount);
        return new Article(metadata, sections, toc, words, ReadingTime.Minutes(words), sourceFile);
    }
}
