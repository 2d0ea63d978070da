using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>
/// The site root as the Functions host answers it when no function took the request: 204 No Content for any method,
/// as with <c>AzureWebJobsDisableHomepage=true</c>, which the Bicep sets (the bare host serves a landing page instead).
/// Mirrors Azure/azure-functions-host 89dc438d4 (v4.1037.0), src/WebJobs.Script.WebHost/Middleware/HomepageMiddleware.cs:
/// after the pipeline, no function execution and a path of exactly <c>/</c> (any query) give <c>NoContentResult</c>.
/// </summary>
internal static class DisabledHomepage
{
    /// <summary>Answers <c>/</c> with 204; goes after the function routes, where only unrouted requests arrive.</summary>
    public static IApplicationBuilder UseDisabledHomepage(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(next => context =>
        {
            if (context.Request.Path.Value != "/")
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }
}
