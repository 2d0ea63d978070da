using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Builds, once per parameter type, the string-to-value conversion used for route values.</summary>
internal static class RouteValueParsers
{
    /// <summary>A <c>Func&lt;string, T&gt;</c> for <paramref name="type"/>, or null when a route value cannot become one.</summary>
    public static Delegate? TryCreate(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        if (type == typeof(string))
        {
            return (Func<string, string>)(s => s);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TryCreate(underlying) is { } inner ? Make(nameof(ForNullable), underlying).Invoke(null, [inner]) as Delegate : null;
        }

        if (type.IsEnum)
        {
            return Make(nameof(ForEnum), type).Invoke(null, null) as Delegate;
        }

        // int, long, Guid, DateOnly, decimal, bool, ...: IParsable<T> with the invariant culture, like the worker's converters.
        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>) && i.GenericTypeArguments[0] == type))
        {
            return Make(nameof(ForParsable), type).Invoke(null, null) as Delegate;
        }

        var converter = TypeDescriptor.GetConverter(type);
        return converter.CanConvertFrom(typeof(string))
            ? Make(nameof(ForConverter), type).Invoke(null, [converter]) as Delegate
            : null;
    }

    private static MethodInfo Make(string name, Type type) =>
        typeof(RouteValueParsers).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);

    private static Func<string, T> ForParsable<T>()
        where T : IParsable<T> => s => T.Parse(s, CultureInfo.InvariantCulture);

    private static Func<string, T?> ForNullable<T>(Func<string, T> inner)
        where T : struct => s => inner(s);

    private static Func<string, T> ForEnum<T>()
        where T : struct, Enum => s => Enum.Parse<T>(s, ignoreCase: true);

    private static Func<string, T> ForConverter<T>(TypeConverter converter) => s => (T)converter.ConvertFromInvariantString(s)!;
}
