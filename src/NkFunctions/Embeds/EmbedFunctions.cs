using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Embeds.OEmbed;

namespace NkFunctions.Embeds;

/// <summary>Partner embeds: iframe pages per article and section, the loader script, and the oEmbed provider.</summary>
public sealed class EmbedFunctions(EmbedApi embeds, OEmbedApi oembed)
{
    /// <summary>An article's lead and contents as a self-contained page for an iframe.</summary>
    [Function(nameof(GetArticleEmbed))]
    public IResult GetArticleEmbed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "embed/{slug}")] HttpRequest request,
        string slug) =>
        embeds.GetArticleEmbed(request, slug);

    /// <summary>One section as a self-contained page for an iframe.</summary>
    [Function(nameof(GetSectionEmbed))]
    public IResult GetSectionEmbed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "embed/{slug}/{sectionId}")] HttpRequest request,
        string slug,
        string sectionId) =>
        embeds.GetSectionEmbed(request, slug, sectionId);

    /// <summary>The loader partners include once per page.</summary>
    [Function(nameof(GetEmbedLoader))]
    public IResult GetEmbedLoader(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "embed.js")] HttpRequest request) =>
        embeds.GetLoader();

    /// <summary>oEmbed 1.0 for article and section URLs.</summary>
    [Function(nameof(GetOEmbed))]
    public IResult GetOEmbed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "oembed")] HttpRequest request) =>
        oembed.Get(request);
}
