using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Http.Filters;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Runs one HTTP function per request: key check, compiled call, result, error handling. Built once at startup.</summary>
/// <param name="name">Function name, for logs.</param>
/// <param name="authLevel">From functions.metadata.</param>
/// <param name="invoke">Compiled call: creates the function class, binds arguments, calls the method (see <see cref="FunctionInvokerFactory"/>).</param>
/// <param name="key">The key Function- and Admin-level functions require.</param>
/// <param name="problems">The 500 response.</param>
/// <param name="filters">
/// The app's request filters (limits, rate limit), when it registers any: the real host runs them from a worker
/// middleware, which the local host does not go through, so it runs the very same filters here, after the key check
/// as the Functions host checks keys before the worker sees a request.
/// </param>
/// <param name="logger">Where failures go.</param>
internal sealed class FunctionInvoker(
    string name,
    FunctionAuthLevel authLevel,
    Func<HttpContext, ValueTask<object?>> invoke,
    FunctionKey key,
    LocalHostProblems problems,
    RequestFilters? filters,
    ILogger logger)
{
    /// <summary>Handles one request; matches <see cref="RequestDelegate"/>.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (authLevel != FunctionAuthLevel.Anonymous
            && !FunctionKeyCheck.IsAllowed(authLevel, context.Request.Headers, context.Request.Query, key))
        {
            // The host's answer, to the byte: FunctionInvocationMiddleware returns an UnauthorizedResult (401, no body, no
            // CORS headers) before the worker sees the request (Azure/azure-functions-host 89dc438d4).
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return RunAsync(context);
    }

    private async Task RunAsync(HttpContext context)
    {
        try
        {
            var result = filters?.Check(name, context) ?? await invoke(context).ConfigureAwait(false);
            await ResultWriter.WriteAsync(context, result).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
            Log.FunctionCanceled(logger, name);
        }
        catch (Exception ex)
        {
            // Like the Functions host: any failure is a 500 to the caller and a full log entry here.
            Log.FunctionFailed(logger, name, ex);
            if (context.Response.HasStarted)
            {
                // Part of a response is already on the wire; a problem body can no longer be written, so cut the connection.
                context.Abort();
                return;
            }

            context.Response.Clear();
            await problems.InternalServerError().ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
