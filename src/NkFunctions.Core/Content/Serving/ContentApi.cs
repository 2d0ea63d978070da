using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>
/// The content endpoints' logic: pick the pre-rendered representation for the request, or the problem that says
/// why there is none. Function classes only adapt the trigger to these calls.
/// </summary>
public sealed class ContentApi(ContentStore store, ApiResults results)
{
    /// <summary><c>GET /api/articles</c>: published articles, newest first.</summary>
    public IResult ListArticles(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.JsonOnly) < 0
            ? results.NotAcceptable(ContentMediaTypes.JsonOnly)
            : results.Content(store.Catalog.List, negotiated: false);
    }

    /// <summary><c>GET /api/articles/{slug}</c>: the article as JSON (body in <c>?format=</c>) or as a bare fragment by <c>Accept</c>.</summary>
    public IResult GetArticle(HttpRequest request, string slug)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryReadFormat(request, out var format, out var problem))
        {
            return problem;
        }

        if (!store.Catalog.Articles.TryGetValue(slug, out var article))
        {
            return ArticleNotFound(slug);
        }

        var media = ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.Offered);
        return media switch
        {
            < 0 => results.NotAcceptable(ContentMediaTypes.Offered),
            ContentMediaTypes.Json => results.Content(article.Json(format), negotiated: true),
            _ => results.Content(article.Fragment(media), negotiated: true),
        };
    }

    /// <summary><c>GET /api/articles/{slug}/sections/{sectionId}</c>: one section, JSON or a bare fragment by <c>Accept</c>.</summary>
    public IResult GetSection(HttpRequest request, string slug, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryReadFormat(request, out var format, out var problem))
        {
            return problem;
        }

        if (!store.Catalog.Articles.TryGetValue(slug, out var article))
        {
            return ArticleNotFound(slug);
        }

        if (!article.Sections.TryGetValue(sectionId, out var section))
        {
            return results.NotFound(
                "section-not-found",
                $"Article '{slug}' has no section '{ProblemText.Shorten(sectionId)}'. Its sections are: {string.Join(", ", article.Article.Sections.Select(s => s.Id))}.");
        }

        var media = ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.Offered);
        return media switch
        {
            < 0 => results.NotAcceptable(ContentMediaTypes.Offered),
            ContentMediaTypes.Json => results.Content(section.Json(format), negotiated: true),
            _ => results.Content(section.Fragment(media), negotiated: true),
        };
    }

    private ProblemResult ArticleNotFound(string slug) =>
        results.NotFound("article-not-found", $"There is no published article '{ProblemText.Shorten(slug)}'. GET /api/articles lists them.");

    private bool TryReadFormat(HttpRequest request, out BodyFormat format, out IResult problem)
    {
        format = BodyFormat.Html;
        problem = null!;
        var values = request.Query["format"];
        if (values.Count == 0)
        {
            return true;
        }

        if (values.Count == 1)
        {
            switch (values[0])
            {
                case "html":
                    return true;
                case "text":
                    format = BodyFormat.Text;
                    return true;
                case "markdown":
                    format = BodyFormat.Markdown;
                    return true;
            }
        }

        problem = results.BadRequest("invalid-format", $"The format parameter must be one of html, text, markdown (got '{ProblemText.Shorten(values.ToString())}').");
        return false;
    }
}
