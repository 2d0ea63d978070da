using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Embeds.OEmbed;

/// <summary>
/// <c>GET /api/oembed</c>: an oEmbed 1.0 provider (type <c>rich</c>, JSON or XML) for the public URL of an article or of
/// one of its sections. The <c>html</c> is the same paste-in snippet partners copy: a readable blockquote plus the
/// loader, which frames the embed page sandboxed and sizes it to its content.
/// </summary>
public sealed class OEmbedApi
{
    private const string XmlContentType = "text/xml; charset=utf-8";
    private readonly ContentStore _store;
    private readonly PublicBaseResolver _bases;
    private readonly ApiResults _results;
    private readonly EmbedOptions _options;
    private readonly int _cacheAge;
    private readonly BaseBoundCache<OEmbedUrlIndex> _index = new();

    /// <summary>Creates the provider over the content store.</summary>
    public OEmbedApi(ContentStore store, PublicBaseResolver bases, ApiResults results, IOptions<EmbedOptions> options, IOptions<CachingOptions> caching)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(caching);
        _store = store;
        _bases = bases;
        _results = results;
        _options = options.Value;
        _cacheAge = caching.Value.SharedMaxAgeSeconds; // consumers cache like shared caches do
    }

    /// <summary>Answers one oEmbed request.</summary>
    public IResult Get(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OEmbedQuery.TryParse(request.Query, out var query, out var error))
        {
            return error!.NotImplemented ? _results.NotImplemented(error.Code, error.Detail) : _results.BadRequest(error.Code, error.Detail);
        }

        var publicBase = _bases.Resolve(request, routeSegments: 1);
        var index = _index.Get(_store.Catalog, publicBase, OEmbedUrlIndex.Build);
        switch (index.Find(query!.Url, out var target, out var article))
        {
            case OEmbedUrlIndex.Outcome.UnknownUrl:
                return _results.NotFound(
                    "unknown-url",
                    $"No published article has the URL '{ProblemText.Shorten(query.Url.OriginalString)}'. oEmbed describes article pages under {publicBase.SiteRoot} (a section by its #id) and embed pages under {publicBase.ApiRoot}/embed/.");
            case OEmbedUrlIndex.Outcome.UnknownSection:
                return ContentProblems.SectionNotFound(_results, article!, Uri.UnescapeDataString(query.Url.Fragment[1..]));
        }

        var (width, height) = target!.Size(_options.DefaultWidth, query.MaxWidth, query.MaxHeight);
        var response = new OEmbedResponse(
            "1.0",
            "rich",
            target.DisplayTitle,
            target.Metadata.Author,
            _options.ProviderName,
            publicBase.SiteRoot + "/",
            _cacheAge,
            EmbedSnippet.Html(publicBase, target, width, query.MaxHeight),
            width,
            height);
        var body = query.Format == OEmbedFormat.Xml
            ? Representation.FromBytes(OEmbedXml.Write(response), XmlContentType)
            : Representation.FromBytes(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(response, OEmbedJsonContext.Default.OEmbedResponse), MediaTypes.Json);
        return _results.Content(body, negotiated: false);
    }
}
