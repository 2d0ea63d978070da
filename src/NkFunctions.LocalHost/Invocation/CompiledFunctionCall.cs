using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>
/// The one way the local host calls a function method, whatever triggered it: resolved and checked at startup, compiled to
/// one expression tree, so an invocation costs a delegate call and no reflection. The function class is created per
/// invocation from that invocation's scoped services, like the worker's DefaultFunctionActivator (ActivatorUtilities).
/// </summary>
internal static class CompiledFunctionCall
{
    /// <summary>Compiles <c>context =&gt; new Class(services).Method(arguments)</c>, adapted to <c>ValueTask&lt;object?&gt;</c>.</summary>
    /// <typeparam name="TContext">What each invocation is given: <c>HttpContext</c> for HTTP, <see cref="TimerInvocation"/> for timers.</typeparam>
    /// <param name="function">The functions.metadata entry.</param>
    /// <param name="services">The context's scoped services (for HTTP: <c>HttpContext.RequestServices</c>).</param>
    /// <param name="bind">The argument expression for one method parameter; throws for a parameter it cannot bind.</param>
    /// <param name="registered">The app's container, to check the class's dependencies at startup; null skips the check.</param>
    /// <exception cref="InvalidOperationException">The method cannot be found or called; the message says why.</exception>
    public static Func<TContext, ValueTask<object?>> Compile<TContext>(
        IFunctionEntryPoint function,
        Func<ParameterExpression, Expression> services,
        Func<ParameterInfo, ParameterExpression, Expression> bind,
        IServiceProviderIsService? registered)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bind);

        var method = FunctionMethodResolver.Resolve(function);
        var context = Expression.Parameter(typeof(TContext), "context");
        var instance = method.IsStatic ? null : New(function.Name, method.DeclaringType!, services(context), registered);
        var arguments = method.GetParameters().Select(p => bind(p, context));
        var body = ReturnValueAdapter.Adapt(Expression.Call(instance, method, arguments));
        return Expression.Lambda<Func<TContext, ValueTask<object?>>>(body, $"Invoke_{function.Name}", [context]).Compile();
    }

    private static UnaryExpression New(string function, Type type, Expression services, IServiceProviderIsService? registered)
    {
        if (type.IsAbstract || type.IsGenericTypeDefinition)
        {
            throw new InvalidOperationException($"Function '{function}': '{type.FullName}' is abstract or generic; the worker cannot create it either.");
        }

        CheckDependencies(function, type, registered);

        // CreateFactory finds the constructor once, at startup, instead of on every invocation.
        var factory = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        var created = Expression.Invoke(Expression.Constant(factory), services, Expression.Constant(null, typeof(object[])));
        return Expression.Convert(created, type);
    }

    // Fails at startup, naming the missing service, instead of on the first invocation.
    private static void CheckDependencies(string function, Type type, IServiceProviderIsService? registered)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (registered is null || constructors.Length != 1)
        {
            return;
        }

        var missing = constructors[0].GetParameters()
            .Where(p => !p.HasDefaultValue && !registered.IsService(p.ParameterType))
            .Select(p => $"{p.ParameterType.Name} {p.Name}")
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Function '{function}': '{type.FullName}' needs services that are not registered: {string.Join(", ", missing)}. Register them in AddNkApp so the worker and the local host both get them.");
        }
    }
}
