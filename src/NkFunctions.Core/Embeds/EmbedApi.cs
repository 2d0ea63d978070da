using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// The embed endpoints' logic: the pre-rendered embed page of an article or section in the asked theme, and the
/// loader script. Function classes only adapt the trigger to these calls.
/// </summary>
public sealed class EmbedApi
{
    private static readonly string[] HtmlOnly = ["text/html"];
    private readonly ContentStore _store;
    private readonly PublicBaseResolver _bases;
    private readonly EmbedAssets _assets;
    private readonly EmbedPagePolicy _policy;
    private readonly ApiResults _results;
    private readonly string _providerName;
    private readonly BaseBoundCache<EmbedPageSet> _pages = new();

    /// <summary>Creates the API over the content store.</summary>
    public EmbedApi(ContentStore store, PublicBaseResolver bases, EmbedAssets assets, EmbedPagePolicy policy, IOptions<EmbedOptions> options, ApiResults results)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _bases = bases;
        _assets = assets;
        _policy = policy;
        _results = results;
        _providerName = options.Value.ProviderName;
    }

    /// <summary><c>GET /api/embed/{slug}</c>: the article's lead and contents, for an iframe.</summary>
    public IResult GetArticleEmbed(HttpRequest request, string slug) => Page(request, slug, null, routeSegments: 2);

    /// <summary><c>GET /api/embed/{slug}/{sectionId}</c>: one section, for an iframe.</summary>
    public IResult GetSectionEmbed(HttpRequest request, string slug, string sectionId) => Page(request, slug, sectionId, routeSegments: 3);

    /// <summary><c>GET /api/embed.js</c>: the loader partners include.</summary>
    public IResult GetLoader() => _results.Content(_assets.Loader, negotiated: false);

    private IResult Page(HttpRequest request, string slug, string? sectionId, int routeSegments)
    {
        ArgumentNullException.ThrowIfNull(request);
        var themes = request.Query["theme"];
        var theme = EmbedTheme.Auto;
        if (themes.Count > 1 || (themes.Count == 1 && !EmbedThemes.TryParse(themes[0], out theme)))
        {
            return _results.BadRequest("invalid-theme", $"The theme parameter must be one of light, dark, auto, given once (got '{ProblemText.Shorten(themes.ToString())}').");
        }

        var catalog = _store.Catalog;
        if (!catalog.Articles.TryGetValue(slug, out var article))
        {
            return ContentProblems.ArticleNotFound(_results, slug);
        }

        if (sectionId is not null && !article.HasSection(sectionId))
        {
            return ContentProblems.SectionNotFound(_results, article.Article, sectionId);
        }

        if (ContentNegotiation.Choose(request.Headers.Accept, HtmlOnly) < 0)
        {
            return _results.NotAcceptable(HtmlOnly);
        }

        var pages = _pages.Get(catalog, _bases.Resolve(request, routeSegments), (c, b) => EmbedPageSet.Render(c, b, _providerName, _assets));
        var page = pages.Find(slug, sectionId, theme)!;
        return _policy.Apply(_results.Content(page, negotiated: false));
    }
}
