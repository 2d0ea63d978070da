using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Writes what a function returned, the way the worker's ASP.NET Core integration does.</summary>
internal static class ResultWriter
{
    /// <summary>
    /// <see cref="IResult"/> and <see cref="IActionResult"/> execute themselves; null (and void) leaves the response as the
    /// function left it (200, empty, like the Functions host); anything else is written as JSON with 200.
    /// </summary>
    public static Task WriteAsync(HttpContext context, object? result)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result switch
        {
            null => Task.CompletedTask,
            IResult httpResult => httpResult.ExecuteAsync(context),

            // Action results need an ActionContext; their executors come from AddMvcCore().
            IActionResult actionResult => actionResult.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())),
            _ => context.Response.WriteAsJsonAsync(result, result.GetType(), context.RequestAborted),
        };
    }
}
