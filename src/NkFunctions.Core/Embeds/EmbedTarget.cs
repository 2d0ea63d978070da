using NkFunctions.Core.Content;

namespace NkFunctions.Core.Embeds;

/// <summary>What one embed shows: a whole article (its lead and contents) or one of its sections.</summary>
/// <param name="Article">The article.</param>
/// <param name="Section">The section, or null for the article embed.</param>
public sealed record EmbedTarget(Article Article, Section? Section)
{
    /// <summary>The article's front matter.</summary>
    public ArticleMetadata Metadata => Article.Metadata;

    /// <summary>The section's id, or null for the article embed.</summary>
    public string? SectionId => Section?.Id;

    /// <summary>The embed's title: the section's heading, or the article's title.</summary>
    public string Title => Section?.Title ?? Article.Metadata.Title;

    /// <summary>The title a consumer shows: the section's heading and the article's title, or the article's title.</summary>
    public string DisplayTitle => Section is null ? Article.Metadata.Title : Section.Title + " · " + Article.Metadata.Title;

    /// <summary>
    /// The body the article embed shows: the lead when the article has one (sections do not repeat the title), else
    /// none and the summary stands in.
    /// </summary>
    public Section? Lead => Article.Sections.Count > 0 && Article.Sections[0].Id == "introduction" ? Article.Sections[0] : null;

    /// <summary>The embed page.</summary>
    public string EmbedUrl(PublicBase publicBase)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        return publicBase.EmbedUrl(Metadata.Slug, SectionId);
    }

    /// <summary>The public page (at the section's anchor for a section).</summary>
    public string PageUrl(PublicBase publicBase)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        return publicBase.PageUrl(Metadata, SectionId);
    }

    /// <summary>The size to ask for, see <see cref="EmbedSize.For"/>.</summary>
    public (int Width, int Height) Size(int preferredWidth, int? maxWidth, int? maxHeight)
    {
        var text = Section?.Text ?? (Lead?.Text ?? Metadata.Summary) + string.Concat(Article.Sections.Select(s => "\n\n" + s.Title));
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Length;
        return EmbedSize.For(text.Length, paragraphs, preferredWidth, maxWidth, maxHeight);
    }
}
