namespace NkFunctions.LocalHost.Routing;

/// <summary>The route templates the Functions host serves functions at.</summary>
internal static class FunctionRoute
{
    /// <summary>
    /// The route template the Functions host registers for a function, exactly as it builds it: the trigger's route, or
    /// the function name when that is empty, behind <c>routePrefix + '/'</c> unless the prefix is empty
    /// (Azure/azure-webjobs-sdk-extensions 12f060f5, WebJobsRouteBuilder.BuildRouteTemplate; no trimming there either).
    /// </summary>
    public static string Template(string routePrefix, string route, string functionName)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        var routeTemplate = string.IsNullOrEmpty(route) ? functionName : route;
        return string.IsNullOrEmpty(routePrefix) ? routeTemplate : routePrefix + '/' + routeTemplate;
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
