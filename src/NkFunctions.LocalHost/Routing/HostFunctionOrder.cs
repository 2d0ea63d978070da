using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Routing;

/// <summary>
/// The order in which the Functions host maps HTTP routes: by function name, ignoring case. Because its router takes the
/// first route that matches (no precedence), this order decides which function answers a path that several routes match.
/// </summary>
/// <remarks>
/// Mirrors Azure/azure-functions-host at 89dc438d4 (v4.1037.0), src/WebJobs.Script/Host/FunctionMetadataManager.cs:
/// <c>functionMetadataList.OrderBy(f =&gt; f.Name, StringComparer.OrdinalIgnoreCase)</c>; the route manager then maps
/// <c>host.Functions</c> in that order.
/// </remarks>
internal static class HostFunctionOrder
{
    /// <summary>The host's comparer for function names.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary><paramref name="functions"/> in the order the Functions host maps their routes (a stable sort, as LINQ's).</summary>
    public static IReadOnlyList<HttpFunctionDescriptor> Sort(IEnumerable<HttpFunctionDescriptor> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        return [.. functions.OrderBy(f => f.Name, Comparer)];
    }
}
