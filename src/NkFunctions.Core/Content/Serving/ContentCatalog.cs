using System.Collections.Frozen;
using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>
/// An immutable snapshot of the published content with every representation pre-rendered, so a request is a
/// dictionary lookup and a write. A reload builds a new catalog and swaps it in whole: never half the content.
/// </summary>
internal sealed class ContentCatalog
{
    private ContentCatalog(IReadOnlyList<Article> published, FrozenDictionary<string, RenderedArticle> articles, DateTimeOffset loadedAt, Authors.AuthorDirectory authors, Images.ImageCatalog images)
    {
        Images = images;
        Authors = authors;
        var authorList = Content.Authors.AuthorList.Build(published, authors);
        AuthorsBySlug = authorList.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        AuthorList = RepresentationBuilder.Authors(authorList);
        Published = published;
        Related = RelatedArticles.Compute(published);
        Index = new ArticleIndex(published);
        Summaries = new SummaryJson(published);
        TagList = RepresentationBuilder.Tags(Index.Tags);
        Articles = articles;
        LoadedAt = loadedAt;
        SectionCount = published.Sum(a => a.Sections.Count);
        // Two articles claiming one page path is an authoring mistake; the newest keeps it rather than failing a reload.
        ByPagePath = articles.Values
            .OrderByDescending(a => a.Article.Metadata.Published)
            .DistinctBy(a => a.Article.Metadata.PagePath.TrimEnd('/'), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(a => a.Article.Metadata.PagePath.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The most articles whose representations one catalog keeps rendered (and, per public base, whose article
    /// documents and embed pages): a site up to this size is all cached once read; a bigger one renders the articles
    /// read least recently again (a few milliseconds each) rather than holding all of them in memory.
    /// </summary>
    public const int RenderCapacity = 4_096;

    /// <summary>Published articles by public page path (no trailing slash), for beacons that only know the page URL.</summary>
    public FrozenDictionary<string, RenderedArticle> ByPagePath { get; }

    /// <summary>Published articles, newest first (the order every index position refers to).</summary>
    public IReadOnlyList<Article> Published { get; }

    /// <summary>Each article's related articles by slug (shared tags, then recency), worked out when asked for.</summary>
    public RelatedArticles Related { get; }

    /// <summary>The list orders, per tag and per author, and the tags.</summary>
    public ArticleIndex Index { get; }

    /// <summary>Every article's summary fields, serialized.</summary>
    public SummaryJson Summaries { get; }

    /// <summary>The tag list document.</summary>
    public Representation TagList { get; }

    /// <summary>The author records of <c>authors.yml</c>.</summary>
    public Authors.AuthorDirectory Authors { get; }

    /// <summary>The authors of published articles by slug.</summary>
    public FrozenDictionary<string, Authors.AuthorInfo> AuthorsBySlug { get; }

    /// <summary>The author list document.</summary>
    public Representation AuthorList { get; }

    /// <summary>Published (non-draft) articles by slug.</summary>
    public FrozenDictionary<string, RenderedArticle> Articles { get; }

    /// <summary>The images served under <c>/api/images</c>.</summary>
    public Images.ImageCatalog Images { get; }

    /// <summary>When the content was loaded.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Sections across all published articles.</summary>
    public int SectionCount { get; }

    /// <summary>Renders every representation of the published articles; drafts are left out.</summary>
    /// <param name="articles">Every valid article, drafts included.</param>
    /// <param name="loadedAt">When the content was loaded.</param>
    /// <param name="authors">The records of <c>authors.yml</c>, when there is one.</param>
    /// <param name="images">The processed images of the load (none when null).</param>
    public static ContentCatalog Build(IEnumerable<Article> articles, DateTimeOffset loadedAt, IEnumerable<Authors.AuthorProfile>? authors = null, IReadOnlyList<Images.ProcessedImage>? images = null)
    {
        var published = articles
            .Where(a => !a.Metadata.Draft)
            .OrderByDescending(a => a.Metadata.Published)
            .ThenByDescending(a => a.Metadata.Updated)
            .ThenBy(a => a.Metadata.Slug, StringComparer.Ordinal)
            .ToList();
        // Rendered on first request, not here: start-up then grows with parsing and validating, not with rendering
        // every representation of every article (BENCHMARKS.md, "Scale").
        var bySlug = published.ToFrozenDictionary(a => a.Metadata.Slug, StringComparer.Ordinal);
        var parts = new RenderCache<string, RenderedParts>(RenderCapacity, slug => RepresentationBuilder.Article(bySlug[slug]), StringComparer.Ordinal);
        var rendered = published.ToFrozenDictionary(a => a.Metadata.Slug, a => new RenderedArticle(a, parts), StringComparer.Ordinal);
        return new ContentCatalog(
            published,
            rendered,
            loadedAt,
            authors is null ? Content.Authors.AuthorDirectory.Empty : new Authors.AuthorDirectory(authors),
            new Images.ImageCatalog(images ?? []));
    }
}
