namespace NkFunctions.LocalHost.Routing;

/// <summary>Builds the ASP.NET Core route pattern the Functions host would serve a function at.</summary>
internal static class FunctionRoute
{
    /// <summary>
    /// Joins the host.json route prefix and the function's route with single slashes:
    /// <c>("api", "ping/{id}")</c> is <c>/api/ping/{id}</c>, <c>("", "/ping/")</c> is <c>/ping</c>, <c>("api", "")</c> is <c>/api</c>.
    /// </summary>
    public static string Combine(string routePrefix, string route)
    {
        ArgumentNullException.ThrowIfNull(routePrefix);
        ArgumentNullException.ThrowIfNull(route);

        var prefix = routePrefix.Trim().Trim('/');
        var path = route.Trim().Trim('/');
        return (prefix.Length, path.Length) switch
        {
            (0, 0) => "/",
            (0, _) => "/" + path,
            (_, 0) => "/" + prefix,
            _ => "/" + prefix + "/" + path,
        };
    }

    /// <summary>
    /// True when the Functions host refuses <paramref name="route"/> (the trigger's route, before the prefix) because it
    /// starts in the host's own route space, <c>admin</c> or <c>runtime</c>: it fails such a function with "The specified
    /// route conflicts with one or more built in routes.", whatever the route prefix.
    /// </summary>
    public static bool IsReserved(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var path = route.Trim().Trim('/');

        // The host compares the start of the string, so "administration" is refused too.
        return path.StartsWith("admin", StringComparison.OrdinalIgnoreCase) || path.StartsWith("runtime", StringComparison.OrdinalIgnoreCase);
    }
}
