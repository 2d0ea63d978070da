using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.LocalHost.Admin;

/// <summary>
/// <c>POST /admin/functions/{name}</c>: runs a function on demand, answering as the Functions host's admin API does.
/// Needs the admin (master) key (<c>NK_ADMIN_KEY</c>; <c>x-functions-key</c> header or <c>code</c> query).
/// </summary>
/// <remarks>
/// Mirrors Azure/azure-functions-host 89dc438d4, src/WebJobs.Script.WebHost/Controllers/FunctionsController.cs
/// (<c>Invoke</c>, <c>[Authorize(Policy = AdminAuthLevel)]</c>, <c>[FromBody] FunctionInvocation</c>), in its order:
/// methods no action takes 404; no or an unknown key 401 (with <c>WWW-Authenticate: Bearer</c>); a function key 403
/// (authenticated, not authorized); the body as <see cref="InvocationBody"/> binds it (415, 400); an unknown name 404;
/// else 202. Every one of these has an empty body and none of the app's headers, as the host's (compared request by
/// request against the host built from source).
/// Kept differences, each in docs/production.md: a timer function runs before the 202 (the host queues it and answers at
/// once), so tests can rely on its effect, and a failure is a 500 <c>function-failed</c> problem; an HTTP-triggered
/// function is answered 202 but not run (the host would call it with the input as its trigger value, outside any HTTP
/// request; the local host runs HTTP functions only at their routes); other triggers 501; bodies over 64 KiB 413; GET,
/// PUT and DELETE (the host's function management API), once the master key is checked, 501.
/// </remarks>
/// <param name="catalog">The functions, by name.</param>
/// <param name="key">The keys.</param>
/// <param name="problems">The error responses the local host adds.</param>
/// <param name="logger">Where runs and failures go.</param>
/// <param name="hostStopping">Canceled when the host shuts down: the token the function gets, not the caller's.</param>
internal sealed class AdminInvokeEndpoint(
    AdminFunctionCatalog catalog,
    FunctionKey key,
    LocalHostProblems problems,
    ILogger logger,
    CancellationToken hostStopping)
{
    /// <summary>The Functions host's route; outside the <c>api</c> prefix, where no function route may start (see <see cref="Routing.FunctionRoute.IsReserved"/>).</summary>
    public const string Route = "/admin/functions/{name}";

    // The host's Accepted(): a status and nothing else (none of the app's headers: this is the host's API, not the app's).
    private static readonly IResult Accepted = TypedResults.StatusCode(StatusCodes.Status202Accepted);

    /// <summary>Where to POST to run <paramref name="function"/>.</summary>
    public static string PathFor(string function) => Route.Replace("{name}", Uri.EscapeDataString(function), StringComparison.Ordinal);

    /// <summary>Handles one request; matches <see cref="RequestDelegate"/>.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;

        // Methods no controller action of the host takes: its MVC routes pass and the pipeline ends in a bare 404, before any key check.
        var isManagement = HttpMethods.IsGet(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsDelete(request.Method);
        if (!HttpMethods.IsPost(request.Method) && !isManagement)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Before anything about the function: without the master key, callers learn nothing, not even which names exist.
        if (!IsAuthorized(context))
        {
            return;
        }

        if (isManagement)
        {
            await problems.NotImplemented(
                "admin-api-not-supported",
                "The Functions host's function management API (GET, PUT, DELETE /admin/functions/{name}) is not served by the local host; POST runs a function.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // The host binds the body before it looks the function up: a bad body is refused even for an unknown name.
        switch (await InvocationBody.ReadAsync(request, context.RequestAborted).ConfigureAwait(false))
        {
            case InvocationBody.Outcome.UnsupportedMediaType:
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            case InvocationBody.Outcome.Invalid:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            case InvocationBody.Outcome.TooLarge:
                await problems.ContentTooLarge($"The body is over {InvocationBody.MaxBytes} bytes; the admin API takes {{\"input\": \"...\"}}.").ExecuteAsync(context).ConfigureAwait(false);
                return;
        }

        var outcome = catalog.Find(request.RouteValues["name"] as string) switch
        {
            TimerTarget timer => await RunAsync(timer.Invoker, context).ConfigureAwait(false),
            HttpTarget http => NotRun(http),
            ListedOnlyTarget other => problems.NotImplemented(
                "trigger-not-supported",
                $"Function '{other.Name}' has a {other.TriggerType}; the local host runs HTTP and timer functions only."),
            _ => TypedResults.NotFound(),
        };

        if (outcome is not null)
        {
            await outcome.ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    // The host's AdminAuthLevel policy: no or an unknown key is a challenge (401 with the Bearer challenge its
    // authentication scheme sends), a function key is authenticated but forbidden (403). Both without a body.
    private bool IsAuthorized(HttpContext context)
    {
        var presented = FunctionKeyCheck.Match(context.Request.Headers, context.Request.Query, key);
        if (presented == PresentedKeyLevel.Admin)
        {
            return true;
        }

        if (presented == PresentedKeyLevel.Function)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return false;
    }

    private IResult NotRun(HttpTarget http)
    {
        Log.AdminHttpFunctionNotRun(logger, http.Name, http.Methods, http.Path);
        return Accepted;
    }

    // Null when nothing can be answered any more.
    private async Task<IResult?> RunAsync(TimerFunctionInvoker function, HttpContext context)
    {
        Log.AdminRunning(logger, function.Name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            // The admin request's scoped services, as an HTTP function gets its request's: same container, same activation.
            // The caller going away does not cancel the run (the Functions host does not either); shutting down does.
            await function.InvokeAsync(context.RequestServices, hostStopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (hostStopping.IsCancellationRequested)
        {
            Log.AdminCanceled(logger, function.Name);
            return problems.ServiceUnavailable("host-stopping", $"Function '{function.Name}' was canceled: the local host is shutting down.");
        }
        catch (Exception ex)
        {
            Log.FunctionFailed(logger, function.Name, ex);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return null;
            }

            context.Response.Clear();
            return problems.FunctionFailed(function.Name);
        }

        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.AdminCompleted(logger, function.Name, elapsedMs);
        return Accepted;
    }
}
