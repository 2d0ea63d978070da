using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>
/// Checks the <c>Authorization: Bearer {id}.{secret}</c> of a shared read (RFC 6750 §2.1): the id is read from the
/// table (a point read), the secret's hash compared, then revocation and expiry. Links read are kept for
/// <see cref="SharedLinkOptions.CacheSeconds"/> per instance, so a dashboard's dozen requests cost one read; a revocation
/// therefore takes effect within that bound. Expiry is checked against the clock on every request.
/// </summary>
public sealed class SharedLinkValidator(SharedLinkStore store, TimeProvider time, IOptions<SharedLinkOptions> options)
{
    // Beyond this many cached links the cache starts over: ids are random, so a flood of made-up tokens never reaches
    // it (only links that exist are cached), but a bound costs nothing.
    private const int MaxCached = 10_000;

    private readonly ConcurrentDictionary<string, (DateTimeOffset Read, SharedLink Link)> _cache = new(StringComparer.Ordinal);

    /// <summary>The link the request's token opens, or why it opens none.</summary>
    public async Task<SharedLinkCheck> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization];
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header[0]))
        {
            return SharedLinkCheck.Refused("token-missing", "Send the shared link's token as Authorization: Bearer <token>.");
        }

        const string scheme = "Bearer ";
        var value = header.Count == 1 ? header[0]!.Trim() : string.Empty;
        if (!value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || !SharedLinkToken.TryParse(value[scheme.Length..].Trim(), out var id, out var secret))
        {
            return SharedLinkCheck.Refused("token-invalid", "The Authorization header is not Bearer <token> with a shared link's token.");
        }

        var link = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (link is null || !SharedLinkToken.Matches(secret, link.SecretHash))
        {
            return SharedLinkCheck.Refused("token-invalid", "The token opens no shared link.");
        }

        // Told apart only for holders of the right secret: they may learn their link was revoked or has expired.
        return link.StatusAt(time.GetUtcNow()) switch
        {
            "revoked" => SharedLinkCheck.Refused("token-revoked", "This shared link was revoked; ask its owner for a new one."),
            "expired" => SharedLinkCheck.Refused("token-expired", $"This shared link expired at {link.Expires:yyyy-MM-dd HH:mm} UTC; ask its owner for a new one."),
            _ => new SharedLinkCheck(link, null, null),
        };
    }

    private async Task<SharedLink?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var bound = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (_cache.TryGetValue(id, out var cached) && now - cached.Read < bound)
        {
            return cached.Link;
        }

        var link = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            _cache.TryRemove(id, out _);
            return null;
        }

        if (bound > TimeSpan.Zero)
        {
            if (_cache.Count >= MaxCached)
            {
                _cache.Clear();
            }

            _cache[id] = (now, link);
        }

        return link;
    }
}

/// <summary>A token check's outcome: the link, or the problem code and detail of the 401.</summary>
/// <param name="Link">The link, when the token opens one that is active.</param>
/// <param name="Code">The problem code otherwise.</param>
/// <param name="Detail">The problem detail otherwise.</param>
public sealed record SharedLinkCheck(SharedLink? Link, string? Code, string? Detail)
{
    /// <summary>A refusal.</summary>
    public static SharedLinkCheck Refused(string code, string detail) => new(null, code, detail);
}
