using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>The 404s of every endpoint that takes a slug and a section id (content, embeds, oEmbed), worded once.</summary>
internal static class ContentProblems
{
    public static ProblemResult ArticleNotFound(ApiResults results, string slug) =>
        results.NotFound("article-not-found", $"There is no published article '{ProblemText.Shorten(slug)}'. GET /api/articles lists them.");

    public static ProblemResult SectionNotFound(ApiResults results, Article article, string sectionId) =>
        results.NotFound(
            "section-not-found",
            $"Article '{article.Metadata.Slug}' has no section '{ProblemText.Shorten(sectionId)}'. Its sections are: {string.Join(", ", article.Sections.Select(s => s.Id))}.");
}
