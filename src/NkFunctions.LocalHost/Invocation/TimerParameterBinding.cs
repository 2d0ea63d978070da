using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Turns each parameter of a timer function into an expression over its <see cref="TimerInvocation"/>, refusing at startup what cannot be bound.</summary>
internal static class TimerParameterBinding
{
    /// <summary>The argument expression for <paramref name="parameter"/>.</summary>
    /// <exception cref="InvalidOperationException">The parameter is neither the <see cref="TimerInfo"/> nor a <see cref="CancellationToken"/>.</exception>
    public static Expression Create(string function, ParameterInfo parameter, ParameterExpression invocation)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(invocation);

        var type = parameter.ParameterType;
        if (type == typeof(TimerInfo))
        {
            return Expression.Property(invocation, nameof(TimerInvocation.Timer));
        }

        if (type == typeof(CancellationToken))
        {
            return Expression.Property(invocation, nameof(TimerInvocation.CancellationToken));
        }

        var reason = type == typeof(FunctionContext)
            ? "FunctionContext needs the Functions worker pipeline, which the local host does not run; inject services through the constructor instead"
            : "a timer function can take only TimerInfo and CancellationToken";
        throw new InvalidOperationException($"Function '{function}': parameter '{parameter.Name}' ({type.Name}) cannot be bound by the local host: {reason}.");
    }
}
