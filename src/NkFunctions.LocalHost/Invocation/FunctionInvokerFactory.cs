using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Http.Filters;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>
/// Builds a <see cref="FunctionInvoker"/> at startup: checks the bindings, then compiles the call with
/// <see cref="CompiledFunctionCall"/>, binding parameters from the request.
/// </summary>
internal static class FunctionInvokerFactory
{
    /// <exception cref="InvalidOperationException">The function cannot be run by the local host; the message says why.</exception>
    public static FunctionInvoker Create(
        HttpFunctionDescriptor function,
        RoutePattern route,
        FunctionKey key,
        LocalHostProblems problems,
        RequestFilters? filters,
        ILogger logger,
        IServiceProviderIsService? services)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(route);

        if (function.UnsupportedBindings.Count > 0)
        {
            throw new InvalidOperationException(
                $"Function '{function.Name}' has bindings the local host cannot run: {string.Join(", ", function.UnsupportedBindings)}. It serves HTTP in, HTTP out only.");
        }

        var invoke = CompiledFunctionCall.Compile<HttpContext>(
            function,
            context => Expression.Property(context, nameof(HttpContext.RequestServices)),
            (parameter, context) => ParameterBinding.Create(function.Name, parameter, route, context),
            services);
        return new FunctionInvoker(function.Name, function.AuthLevel, invoke, key, problems, filters, logger);
    }
}
