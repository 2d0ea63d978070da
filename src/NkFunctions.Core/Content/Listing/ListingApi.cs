using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// The list endpoints' logic: the paginated, filtered article list, the tag and author lists and a tag's or author's page. Each page is cut from
/// indexes built with the catalog and written from pre-serialized summaries; its ETag is the hash of its bytes, so
/// every distinct result has its own tag and 304s work as for the pre-rendered documents.
/// </summary>
public sealed class ListingApi(ContentStore store, ApiResults results)
{
    /// <summary><c>GET /api/articles</c>: a page of published articles, filtered and ordered by the query.</summary>
    public IResult ListArticles(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Page(request, tag: null);
    }

    /// <summary><c>GET /api/tags</c>: every tag with its article count, most used first.</summary>
    public IResult ListTags(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.JsonOnly) < 0
            ? results.NotAcceptable(ContentMediaTypes.JsonOnly)
            : results.Content(store.Catalog.TagList, negotiated: false);
    }

    /// <summary><c>GET /api/tags/{tag}</c>: the tag and a page of its articles, taking the list's parameters but <c>tag</c>.</summary>
    public IResult GetTag(HttpRequest request, string tag)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tag);
        if (!store.Catalog.Index.TagsBySlug.TryGetValue(TagSlug.From(tag), out var info))
        {
            return results.NotFound("tag-not-found", $"No published article has the tag '{ProblemText.Shorten(tag)}'. GET /api/tags lists them.");
        }

        return Page(request, info);
    }

    /// <summary><c>GET /api/authors</c>: every author with their article count, most articles first.</summary>
    public IResult ListAuthors(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.JsonOnly) < 0
            ? results.NotAcceptable(ContentMediaTypes.JsonOnly)
            : results.Content(store.Catalog.AuthorList, negotiated: false);
    }

    /// <summary><c>GET /api/authors/{author}</c>: the author and a page of their articles, taking the list's parameters but <c>author</c>.</summary>
    public IResult GetAuthor(HttpRequest request, string author)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(author);
        if (!store.Catalog.AuthorsBySlug.TryGetValue(TagSlug.From(author), out var info))
        {
            return results.NotFound("author-not-found", $"No published article is by the author '{ProblemText.Shorten(author)}'. GET /api/authors lists them.");
        }

        return Page(request, tag: null, info);
    }

    private IResult Page(HttpRequest request, TagInfo? tag, Authors.AuthorInfo? author = null)
    {
        if (ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.JsonOnly) < 0)
        {
            return results.NotAcceptable(ContentMediaTypes.JsonOnly);
        }

        var (parsed, error) = ArticleQueryParser.Parse(request.Query, tagFromPath: tag is not null, authorFromPath: author is not null);
        if (error is not null)
        {
            return results.BadRequest(error.Code, error.Detail);
        }

        var query = tag is null ? parsed! : parsed! with { Tag = tag.Slug };
        query = author is null ? query : query with { Author = author.Slug };
        var catalog = store.Catalog;
        var selection = catalog.Index.Select(query);
        var meta = PageMeta.For(query, selection.Total);
        Action<Utf8JsonWriter>? lead = (tag, author) switch
        {
            ({ } t, _) => w =>
            {
                w.WritePropertyName("tag");
                JsonSerializer.Serialize(w, t, ContentJsonContext.Default.TagInfo);
            },
            (_, { } a) => w =>
            {
                w.WritePropertyName("author");
                JsonSerializer.Serialize(w, a, ContentJsonContext.Default.AuthorInfo);
            },
            _ => null,
        };
        var body = Representation.FromBytes(ListPageWriter.Write(catalog.Summaries, selection, query, meta, lead), MediaTypes.Json);
        var link = PageLinks.Header(request.PathBase.Value + request.Path.Value, query, meta, tagInPath: tag is not null, authorInPath: author is not null);
        return new HeaderedResult(results.Content(body, negotiated: false), [new(HeaderNames.Link, link)]);
    }
}
