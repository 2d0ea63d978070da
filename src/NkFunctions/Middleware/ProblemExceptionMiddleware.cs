using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Http;

namespace NkFunctions.Middleware;

/// <summary>
/// Turns an exception escaping an HTTP function into the API's 500 problem+json (code <c>internal-error</c>, nothing of
/// the exception in it) under the real Functions host, which would otherwise answer a bare 500. The local host does
/// the same in its invoker. The exception goes to the log only.
/// </summary>
public sealed partial class ProblemExceptionMiddleware(ApiResults results, ILogger<ProblemExceptionMiddleware> logger) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return InvokeCore(context.FunctionDefinition.Name, context.GetHttpContext(), problem => context.GetInvocationResult().Value = problem, () => next(context));
    }

    /// <summary>The middleware's logic, apart from the worker's context types (whose binding feature is internal).</summary>
    internal async Task InvokeCore(string functionName, HttpContext? http, Action<IResult> answer, Func<Task> next)
    {
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (Exception ex) when (http is not null && !http.RequestAborted.IsCancellationRequested)
        {
            // Non-HTTP functions (timers) and callers that went away keep the host's own handling.
            FunctionFailed(logger, functionName, ex);
            if (http.Response.HasStarted)
            {
                // Part of the answer is on the wire: a problem can no longer be written, so end the connection.
                http.Abort();
                return;
            }

            answer(results.InternalError());
        }
    }

    [LoggerMessage(EventId = 9000, Level = LogLevel.Error, Message = "Function {FunctionName} failed; answered 500 internal-error")]
    private static partial void FunctionFailed(ILogger logger, string functionName, Exception exception);
}
