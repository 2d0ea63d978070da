using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Turns each function parameter into an expression over the request's <see cref="HttpContext"/>, refusing at startup what cannot be bound.</summary>
internal static class ParameterBinding
{
    /// <summary>The argument expression for <paramref name="parameter"/>.</summary>
    /// <exception cref="InvalidOperationException">The parameter kind is not supported by the local host.</exception>
    public static Expression Create(string function, ParameterInfo parameter, RoutePattern route, ParameterExpression context)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(context);

        var type = parameter.ParameterType;
        if (type == typeof(HttpRequest))
        {
            return Expression.Property(context, nameof(HttpContext.Request));
        }

        if (type == typeof(HttpContext))
        {
            return context;
        }

        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, nameof(HttpContext.RequestAborted));
        }

        if (type == typeof(FunctionContext) || type == typeof(HttpRequestData))
        {
            throw Unsupported(function, parameter,
                $"{type.Name} needs the Functions worker pipeline, which the local host does not run; take HttpRequest (and CancellationToken) instead and inject services through the constructor");
        }

        var routeParameter = route.Parameters.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
        if (routeParameter is null || type.IsByRef)
        {
            var names = route.Parameters.Count == 0 ? "none" : string.Join(", ", route.Parameters.Select(p => p.Name));
            throw Unsupported(function, parameter,
                $"only HttpRequest, HttpContext, CancellationToken and route parameters (here: {names}) can be bound");
        }

        var parse = RouteValueParsers.TryCreate(type)
            ?? throw Unsupported(function, parameter, $"a route value cannot be converted to {type.Name}");
        var binder = Activator.CreateInstance(typeof(RouteValueBinder<>).MakeGenericType(type), routeParameter.Name, parse, Fallback(parameter))!;
        return Expression.Call(Expression.Constant(binder), binder.GetType().GetMethod(nameof(RouteValueBinder<>.Bind))!, context);
    }

    // An absent optional route value binds like an omitted optional argument: the declared default, else default(T).
    private static object? Fallback(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var declared = parameter.HasDefaultValue ? parameter.DefaultValue : null;
        if (declared is null or DBNull)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum && declared.GetType() != target ? Enum.ToObject(target, declared) : declared;
    }

    private static InvalidOperationException Unsupported(string function, ParameterInfo parameter, string reason) =>
        new($"Function '{function}': parameter '{parameter.Name}' ({parameter.ParameterType.Name}) cannot be bound by the local host: {reason}.");
}
