using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Http;
using NkFunctions.LocalHost.Invocation;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>
/// Gives the errors ASP.NET Core itself answers with an empty body (routing's 405 for a method no function takes, 404
/// outside the route prefix) the app's problem+json shape and headers, so no response of the local host is a blank
/// error page. Errors the app writes have a body already and pass untouched.
/// </summary>
internal static class BareStatusProblems
{
    public static WebApplication UseBareStatusProblems(this WebApplication app)
    {
        var problems = new LocalHostProblems(app.Services.GetService<ApiResults>());
        app.UseStatusCodePages(context => problems.ForBareStatus(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
        return app;
    }
}
