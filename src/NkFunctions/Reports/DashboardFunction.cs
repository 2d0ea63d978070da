using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Reports.Dashboard;

namespace NkFunctions.Reports;

/// <summary>
/// The analysts' dashboard: a static page and its assets, anonymous because they carry no data. The page asks the
/// key-protected stats API with the key the analyst enters.
/// </summary>
public sealed class DashboardFunction(DashboardEndpoints dashboard)
{
    /// <summary>The dashboard page (HTML, strict Content-Security-Policy).</summary>
    [Function(nameof(GetDashboard))]
    public IResult GetDashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "dashboard")] HttpRequest request) =>
        dashboard.Page();

    /// <summary>A script or style sheet of the page; 404 problem+json for any other name.</summary>
    [Function(nameof(GetDashboardAsset))]
    public IResult GetDashboardAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "dashboard/{asset}")] HttpRequest request,
        string asset) =>
        dashboard.Asset(asset);
}
