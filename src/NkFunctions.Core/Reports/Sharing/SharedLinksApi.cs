using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>
/// Minting, listing and revoking shared links (<c>/api/stats/links</c>, behind the function key like the reports):
/// the token is in the 201 of the mint and nowhere else, ever.
/// </summary>
public sealed class SharedLinksApi(
    SharedLinkStore store,
    ContentStore content,
    TimeProvider time,
    IOptions<AnalyticsOptions> analytics,
    ApiResults results,
    ILogger<SharedLinksApi> logger)
{
    /// <summary><c>POST /api/stats/links</c>: 201 with the token and the dashboard URL, once.</summary>
    public async Task<IResult> CreateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return results.UnsupportedMediaType($"Send the link as application/json; got '{ProblemText.Shorten(request.ContentType ?? "none")}'.");
        }

        if (request.ContentLength > SharedLinkRequest.MaxBodyBytes)
        {
            return results.PayloadTooLarge($"A link's body is limited to {SharedLinkRequest.MaxBodyBytes} bytes.");
        }

        var body = await ReadAsync(request.Body, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return results.PayloadTooLarge($"A link's body is limited to {SharedLinkRequest.MaxBodyBytes} bytes.");
        }

        var now = time.GetUtcNow();
        var (asked, code, detail) = SharedLinkRequest.Parse(body, now, slug => content.Catalog.Articles.ContainsKey(slug));
        if (asked is null)
        {
            return results.BadRequest(code!, detail!);
        }

        var (id, secret, token) = SharedLinkToken.Mint();
        var link = new SharedLink(id, asked.Label, asked.Article, now, asked.Expires, null, SharedLinkToken.Hash(secret));
        return await GuardAsync(async () =>
        {
            await store.AddAsync(link, cancellationToken).ConfigureAwait(false);
            var api = ApiRoot(request);
            var minted = new SharedLinkMinted(SharedLinkInfo.Of(link, now), token, api + "dashboard#share=" + token);
            return results.Created(JsonSerializer.SerializeToUtf8Bytes(minted, SharingJsonContext.Default.SharedLinkMinted), api + "stats/links/" + id);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /api/stats/links</c>: every link, newest first, without tokens.</summary>
    public Task<IResult> ListAsync(CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var now = time.GetUtcNow();
            var links = await store.ListAsync(cancellationToken).ConfigureAwait(false);
            var list = new SharedLinkList([.. links.Select(l => SharedLinkInfo.Of(l, now))]);
            return results.Computed(JsonSerializer.SerializeToUtf8Bytes(list, SharingJsonContext.Default.SharedLinkList), MediaTypes.Json);
        }, cancellationToken);

    /// <summary><c>DELETE /api/stats/links/{id}</c>: 204 (again 204 for a link already revoked), 404 for no such link.</summary>
    public Task<IResult> RevokeAsync(string? id, CancellationToken cancellationToken)
    {
        if (!SharedLinkToken.IsId(id))
        {
            return Task.FromResult<IResult>(results.BadRequest("invalid-link-id", $"'{ProblemText.Shorten(id ?? string.Empty)}' is not a link id (the {SharedLinkToken.IdLength} characters before the dot of a token, as GET /api/stats/links lists them)."));
        }

        return GuardAsync(async () =>
            await store.RevokeAsync(id!, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)
                ? results.NoContent()
                : results.NotFound("link-not-found", $"No shared link has the id '{id}'."), cancellationToken);
    }

    private Task<IResult> GuardAsync(Func<Task<IResult>> work, CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(work, results, analytics.Value, logger, cancellationToken);

    // The API's root as the caller reached it (/api/stats/links → https://host/api/), for the dashboard URL and Location.
    private static string ApiRoot(HttpRequest request)
    {
        var path = request.PathBase.Add(request.Path).Value ?? string.Empty;
        var at = path.LastIndexOf("/stats/links", StringComparison.OrdinalIgnoreCase);
        return $"{request.Scheme}://{request.Host}{(at < 0 ? "/api" : path[..at])}/";
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    // Null when the body is longer than the limit (a chunked body has no Content-Length to refuse up front).
    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[SharedLinkRequest.MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return length > SharedLinkRequest.MaxBodyBytes ? null : buffer[..length];
    }
}
