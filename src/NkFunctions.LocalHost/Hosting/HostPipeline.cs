using Microsoft.AspNetCore.Builder;
using NkFunctions.LocalHost.Admin;
using NkFunctions.LocalHost.Routing;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>The Functions host's request routing, in its order.</summary>
internal static class HostPipeline
{
    /// <summary>
    /// The host's own routes (MVC there: the admin API) first, then the function routes, first match wins; the site
    /// root then gets the host's disabled homepage (204); whatever else neither takes ends as the pipeline's bare 404. Mirrors Azure/azure-functions-host 89dc438d4,
    /// src/WebJobs.Script.WebHost/WebJobsApplicationBuilderExtension.cs (<c>UseMvc()</c>, then <c>UseHttpBindingRouting</c>).
    /// </summary>
    public static WebApplication UseFunctionsHostRouting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAdminFunctions();
        app.UseRouting();
        app.UseEndpoints(_ => { });
        app.UseFunctionRoutes();
        app.UseDisabledHomepage();
        return app;
    }
}
