using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using NkFunctions.Core.Http.Filters;

namespace NkFunctions.Middleware;

/// <summary>
/// Runs the app's request filters (request limits, the beacon rate limit) before an HTTP function under the real
/// Functions host. The local host runs the same <see cref="RequestFilters"/> from its invoker, because it calls function
/// classes directly rather than through this pipeline: one set of filters, two places that call it.
/// </summary>
public sealed class RequestFilterMiddleware(RequestFilters filters) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        // The ASP.NET Core integration executes an IResult invocation result exactly as if the function had returned it.
        return InvokeCore(context.FunctionDefinition.Name, context.GetHttpContext(), refusal => context.GetInvocationResult().Value = refusal, () => next(context));
    }

    /// <summary>The middleware's logic, apart from the worker's context types (whose binding feature is internal).</summary>
    internal Task InvokeCore(string functionName, HttpContext? http, Action<IResult> answer, Func<Task> next)
    {
        // No HttpContext: not an HTTP trigger (timers), which no filter concerns.
        if (http is not null && filters.Check(functionName, http) is { } refusal)
        {
            // The function never runs, and its body is never read.
            answer(refusal);
            return Task.CompletedTask;
        }

        return next();
    }
}
