using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>
/// Builds a <see cref="TimerFunctionInvoker"/> at startup the way <see cref="FunctionInvokerFactory"/> builds HTTP invokers
/// (<see cref="CompiledFunctionCall"/>: same method resolution, same class creation from scoped services), binding
/// parameters from a <see cref="TimerInvocation"/>.
/// </summary>
internal static class TimerFunctionInvokerFactory
{
    /// <exception cref="InvalidOperationException">The function cannot be run by the local host; the message says why.</exception>
    public static TimerFunctionInvoker Create(TimerFunctionDescriptor function, IServiceProviderIsService? services)
    {
        ArgumentNullException.ThrowIfNull(function);

        if (function.UnsupportedBindings.Count > 0)
        {
            throw new InvalidOperationException(
                $"Function '{function.Name}' has bindings the local host cannot run: {string.Join(", ", function.UnsupportedBindings)}. It runs timer functions with their trigger only.");
        }

        var invoke = CompiledFunctionCall.Compile<TimerInvocation>(
            function,
            invocation => Expression.Property(invocation, nameof(TimerInvocation.Services)),
            (parameter, invocation) => TimerParameterBinding.Create(function.Name, parameter, invocation),
            services);
        return new TimerFunctionInvoker(function.Name, function.Schedule, invoke);
    }
}
