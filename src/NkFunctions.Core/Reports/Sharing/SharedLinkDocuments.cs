using System.Text.Json.Serialization;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>A link as lists show it: everything but the secret, which is never shown again after minting.</summary>
/// <param name="Id">The link's id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Article">Its one article, or null for the whole site.</param>
/// <param name="Created">When it was minted.</param>
/// <param name="Expires">When it stops working, or null.</param>
/// <param name="Revoked">When it was revoked, or null.</param>
/// <param name="Status">active, revoked or expired.</param>
public sealed record SharedLinkInfo(string Id, string Label, string? Article, DateTimeOffset Created, DateTimeOffset? Expires, DateTimeOffset? Revoked, string Status)
{
    /// <summary>The list view of a stored link.</summary>
    public static SharedLinkInfo Of(SharedLink link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new(link.Id, link.Label, link.Article, link.Created, link.Expires, link.Revoked, link.StatusAt(now));
    }
}

/// <summary>The answer to minting: the link, and its token and dashboard URL, this once.</summary>
/// <param name="Link">The link as lists will show it.</param>
/// <param name="Token">The bearer token; not stored, so it cannot be shown again.</param>
/// <param name="DashboardUrl">The dashboard with the token in its fragment (never sent to a server).</param>
public sealed record SharedLinkMinted(SharedLinkInfo Link, string Token, string DashboardUrl);

/// <summary>Every link, newest first.</summary>
/// <param name="Links">The links.</param>
public sealed record SharedLinkList(IReadOnlyList<SharedLinkInfo> Links);

/// <summary>What a shared view knows about its own link (<c>GET /api/shared/link</c>), for the dashboard's banner.</summary>
/// <param name="Label">The link's label.</param>
/// <param name="Article">Its one article, or null for the whole site.</param>
/// <param name="Title">That article's title, when it is published.</param>
/// <param name="Expires">When it stops working, or null.</param>
public sealed record SharedLinkScope(string Label, string? Article, string? Title, DateTimeOffset? Expires);

/// <summary>Source-generated JSON for shared links.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SharedLinkMinted))]
[JsonSerializable(typeof(SharedLinkList))]
[JsonSerializable(typeof(SharedLinkScope))]
internal sealed partial class SharingJsonContext : JsonSerializerContext;
