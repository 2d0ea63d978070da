using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>
/// Builds a <see cref="FunctionInvoker"/> at startup: resolves the method, checks every parameter and constructor dependency,
/// and compiles one expression tree, so a request costs a delegate call and no reflection.
/// </summary>
internal static class FunctionInvokerFactory
{
    /// <exception cref="InvalidOperationException">The function cannot be run by the local host; the message says why.</exception>
    public static FunctionInvoker Create(
        HttpFunctionDescriptor function,
        RoutePattern route,
        FunctionKey key,
        LocalHostProblems problems,
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

        var method = FunctionMethodResolver.Resolve(function);
        var context = Expression.Parameter(typeof(HttpContext), "context");
        var instance = method.IsStatic ? null : NewInstance(function, method.DeclaringType!, context, services);
        var arguments = method.GetParameters().Select(p => ParameterBinding.Create(function.Name, p, route, context));
        var body = ReturnValueAdapter.Adapt(Expression.Call(instance, method, arguments));
        var invoke = Expression.Lambda<Func<HttpContext, ValueTask<object?>>>(body, $"Invoke_{function.Name}", [context]).Compile();

        return new FunctionInvoker(function.Name, function.AuthLevel, invoke, key, problems, logger);
    }

    // A new instance per invocation from the request's scoped services, like the worker's DefaultFunctionActivator
    // (ActivatorUtilities); CreateFactory finds the constructor once instead of on every request.
    private static UnaryExpression NewInstance(HttpFunctionDescriptor function, Type type, ParameterExpression context, IServiceProviderIsService? services)
    {
        if (type.IsAbstract || type.IsGenericTypeDefinition)
        {
            throw new InvalidOperationException($"Function '{function.Name}': '{type.FullName}' is abstract or generic; the worker cannot create it either.");
        }

        CheckDependencies(function, type, services);
        var factory = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        var created = Expression.Invoke(
            Expression.Constant(factory),
            Expression.Property(context, nameof(HttpContext.RequestServices)),
            Expression.Constant(null, typeof(object[])));
        return Expression.Convert(created, type);
    }

    // Fails at startup, naming the missing service, instead of on the first request.
    private static void CheckDependencies(HttpFunctionDescriptor function, Type type, IServiceProviderIsService? services)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (services is null || constructors.Length != 1)
        {
            return;
        }

        var missing = constructors[0].GetParameters()
            .Where(p => !p.HasDefaultValue && !services.IsService(p.ParameterType))
            .Select(p => $"{p.ParameterType.Name} {p.Name}")
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Function '{function.Name}': '{type.FullName}' needs services that are not registered: {string.Join(", ", missing)}. Register them in AddNkApp so the worker and the local host both get them.");
        }
    }
}
