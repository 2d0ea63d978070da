using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Reports.Sharing;

namespace NkFunctions.Reports;

/// <summary>
/// Minting, listing and revoking read-only shared links (docs/stats-api.md, "Shared links"), behind the function key:
/// whoever holds it can read every report already, so a link (a subset of that) is theirs to hand out.
/// </summary>
public sealed class SharedLinkFunctions(SharedLinksApi links)
{
    /// <summary>Mints a link: 201 with its token and dashboard URL, shown this once.</summary>
    [Function(nameof(CreateStatsLink))]
    public Task<IResult> CreateStatsLink(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "stats/links")] HttpRequest request,
        CancellationToken cancellationToken) =>
        links.CreateAsync(request, cancellationToken);

    /// <summary>Every link with its scope and status; never a token.</summary>
    [Function(nameof(ListStatsLinks))]
    public Task<IResult> ListStatsLinks(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stats/links")] HttpRequest request,
        CancellationToken cancellationToken) =>
        links.ListAsync(cancellationToken);

    /// <summary>Revokes a link (204, idempotent); 404 for an id no link has.</summary>
    [Function(nameof(RevokeStatsLink))]
    public Task<IResult> RevokeStatsLink(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "stats/links/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        links.RevokeAsync(id, cancellationToken);
}
