using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Binds one function parameter to the route value of the same name; built once at startup, called per request.</summary>
/// <typeparam name="T">The parameter type.</typeparam>
/// <param name="name">Route parameter name.</param>
/// <param name="parse">Conversion from the route text, from <see cref="RouteValueParsers"/>.</param>
/// <param name="fallback">Value when an optional route parameter is absent: the parameter's default.</param>
internal sealed class RouteValueBinder<T>(string name, Func<string, T> parse, T fallback)
{
    /// <summary>The converted route value, or the fallback when absent.</summary>
    /// <exception cref="InvalidOperationException">The value does not convert; the function is not run (the worker fails the invocation the same way).</exception>
    public T Bind(HttpContext context)
    {
        var raw = context.Request.RouteValues[name];
        var text = raw as string ?? Convert.ToString(raw, CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or NotSupportedException)
        {
            // The raw text stays out of the message: it is caller input and this ends up in logs.
            // The parse exception is not attached: its message quotes the raw value, and this exception is logged.
            throw new InvalidOperationException($"Route value '{name}' does not convert to {typeof(T).Name} ({ex.GetType().Name}).");
        }
    }
}
