using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Reports.Dashboard;

/// <summary>What the dashboard's functions answer: the page, its assets, and 404 for anything else.</summary>
public sealed class DashboardEndpoints(DashboardAssets assets, ApiResults results)
{
    /// <summary>
    /// The page, revalidated on every use (it is tiny, and its asset URLs carry versions) and locked down by
    /// <see cref="DashboardPageResult"/>.
    /// </summary>
    public IResult Page() => new DashboardPageResult(results.Revalidated(assets.Page));

    /// <summary>A script or style sheet of the page, cacheable like content; 404 problem+json for an unknown name.</summary>
    public IResult Asset(string? name) =>
        assets.Find(name) is { } asset
            ? results.Content(asset, negotiated: false)
            : results.NotFound(
                "asset-not-found",
                $"The dashboard has no asset '{ProblemText.Shorten(name ?? string.Empty)}'. It serves {string.Join(", ", assets.Names.Order(StringComparer.Ordinal))}.");
}
