using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Http;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Admin;

/// <summary>
/// <c>POST /admin/functions/{name}</c>: runs a non-HTTP (timer) function on demand, like the Functions host's admin API.
/// Needs the admin key (<c>NK_ADMIN_KEY</c>, else the function key; <c>x-functions-key</c> header or <c>code</c> query).
/// </summary>
/// <remarks>
/// Deliberate deviation: the Functions host answers 202 as soon as it has queued the invocation and the caller never learns
/// how it went. The local host answers 202 only after the function has completed, so scripts and tests can rely on its
/// effect; if the function throws, it answers 500 <c>function-failed</c> (the exception goes to the log, never to the caller).
/// </remarks>
/// <param name="catalog">The functions, by name.</param>
/// <param name="key">The key the endpoint requires.</param>
/// <param name="problems">The error responses.</param>
/// <param name="results">The app's result factory, when registered, for the 202's common headers.</param>
/// <param name="logger">Where runs and failures go.</param>
/// <param name="hostStopping">Canceled when the host shuts down: the token the function gets, not the caller's.</param>
internal sealed class AdminInvokeEndpoint(
    AdminFunctionCatalog catalog,
    FunctionKey key,
    LocalHostProblems problems,
    ApiResults? results,
    ILogger logger,
    CancellationToken hostStopping)
{
    /// <summary>The Functions host's route; outside the <c>api</c> prefix, where no function route may start (see <see cref="Routing.FunctionRoute.IsReserved"/>).</summary>
    public const string Route = "/admin/functions/{name}";

    /// <summary>The one method the endpoint answers.</summary>
    public const string Allow = "POST";

    private readonly IResult _accepted = results is null
        ? TypedResults.StatusCode(StatusCodes.Status202Accepted)
        : new StatusResult(StatusCodes.Status202Accepted, null, results.Conventions);

    /// <summary>Where to POST to run <paramref name="function"/>.</summary>
    public static string PathFor(string function) => Route.Replace("{name}", Uri.EscapeDataString(function), StringComparison.Ordinal);

    /// <summary>Handles one request; matches <see cref="RequestDelegate"/>.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;

        // The method first, like routing would: it says nothing about keys or functions.
        if (!HttpMethods.IsPost(request.Method))
        {
            // Set here so the problem carries it whichever way LocalHostProblems writes it.
            context.Response.Headers.Allow = Allow;
            await problems.MethodNotAllowed(request.Method, Allow).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // Before anything about the function: without the key, callers learn nothing, not even which names exist.
        if (!FunctionKeyCheck.IsAllowed(FunctionAuthLevel.Admin, request.Headers, request.Query, key))
        {
            await problems.Unauthorized().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // The Functions host binds the body before looking the function up; so a bad body is a 400 even for an unknown name.
        if (await InvocationBody.ReadAsync(request, problems, context.RequestAborted).ConfigureAwait(false) is { } badBody)
        {
            await badBody.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var outcome = catalog.Find(request.RouteValues["name"] as string) switch
        {
            TimerTarget timer => await RunAsync(timer.Invoker, context).ConfigureAwait(false),
            HttpTarget http => problems.BadRequest(
                "http-triggered-function",
                $"Function '{http.Name}' is HTTP-triggered: call it at {http.Methods} {http.Path}. This endpoint runs non-HTTP functions."),
            ListedOnlyTarget other => problems.NotImplemented(
                "trigger-not-supported",
                $"Function '{other.Name}' has a {other.TriggerType}; the local host runs HTTP and timer functions only."),
            _ => problems.NotFound(
                "function-not-found",
                "No function has this name (names are compared ignoring case). The local host lists its functions at startup."),
        };

        if (outcome is not null)
        {
            await outcome.ExecuteAsync(context).ConfigureAwait(false);
        }
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
        return _accepted;
    }
}
