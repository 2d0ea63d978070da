using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>
/// The content endpoints' logic: pick the pre-rendered representation for the request, or the problem that says
/// why there is none. Function classes only adapt the trigger to these calls.
/// </summary>
public sealed class ContentApi(ContentStore store, PublicBaseResolver bases, ApiResults results, IOptions<Seo.SeoOptions> seoOptions)
{
    private readonly Seo.SeoOptions _seo = seoOptions.Value;
    private readonly BaseBoundCache<RenderCache<string, LinkedArticle>> _linked = new();

    /// <summary><c>GET /api/articles/{slug}</c>: the article as JSON (body in <c>?format=</c>) or as a bare fragment by <c>Accept</c>.</summary>
    public IResult GetArticle(HttpRequest request, string slug)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryReadFormat(request, out var format, out var problem))
        {
            return problem;
        }

        var catalog = store.Catalog;
        if (!catalog.Articles.TryGetValue(slug, out var article))
        {
            return ContentProblems.ArticleNotFound(results, slug);
        }

        var media = ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.Offered);
        if (media < 0)
        {
            return results.NotAcceptable(ContentMediaTypes.Offered);
        }

        // The JSON and HTML carry absolute links (embed code, oEmbed discovery), so they are rendered per public base,
        // each article on its first request: a request never renders more than its own article.
        var linked = _linked.Get(catalog, bases.Resolve(request, routeSegments: 2), (c, b) => new RenderCache<string, LinkedArticle>(
            ContentCatalog.RenderCapacity, s => RepresentationBuilder.Linked(c.Articles[s].Article, c.Related[s], b, _seo, c.Authors), StringComparer.Ordinal)).Get(slug);
        var body = media switch
        {
            ContentMediaTypes.Json => linked.Json(format),
            ContentMediaTypes.Html => linked.Html,
            _ => article.Fragment(media),
        };
        return new HeaderedResult(results.Content(body, negotiated: true), linked.LinkHeader);
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
            return ContentProblems.ArticleNotFound(results, slug);
        }

        if (!article.Sections.TryGetValue(sectionId, out var section))
        {
            return ContentProblems.SectionNotFound(results, article.Article, sectionId);
        }

        var media = ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.Offered);
        return media switch
        {
            < 0 => results.NotAcceptable(ContentMediaTypes.Offered),
            ContentMediaTypes.Json => results.Content(section.Json(format), negotiated: true),
            _ => results.Content(section.Fragment(media), negotiated: true),
        };
    }

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
