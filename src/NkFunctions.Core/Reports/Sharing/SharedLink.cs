namespace NkFunctions.Core.Reports.Sharing;

/// <summary>A read-only link to the reports, as stored (the secret only as its hash).</summary>
/// <param name="Id">The public part of the token; names the link in lists and revocation.</param>
/// <param name="Label">Who or what it is for, as the operator wrote it.</param>
/// <param name="Article">The one article it may read, or null for the whole site.</param>
/// <param name="Created">When it was minted.</param>
/// <param name="Expires">When it stops working, or null for never.</param>
/// <param name="Revoked">When it was revoked, or null.</param>
/// <param name="SecretHash">SHA-256 of the token's secret (<see cref="SharedLinkToken.Hash"/>).</param>
public sealed record SharedLink(
    string Id,
    string Label,
    string? Article,
    DateTimeOffset Created,
    DateTimeOffset? Expires,
    DateTimeOffset? Revoked,
    string SecretHash)
{
    /// <summary>active, revoked or expired at <paramref name="now"/>.</summary>
    public string StatusAt(DateTimeOffset now) =>
        Revoked is not null ? "revoked" : Expires is { } expires && expires <= now ? "expired" : "active";
}
