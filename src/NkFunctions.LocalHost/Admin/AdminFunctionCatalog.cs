using Microsoft.Extensions.DependencyInjection;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Metadata;
using NkFunctions.LocalHost.Routing;

namespace NkFunctions.LocalHost.Admin;

/// <summary>Every function of functions.metadata by name, for the admin endpoint; timer invokers are compiled here, at startup.</summary>
internal sealed class AdminFunctionCatalog
{
    // The Functions host finds admin targets ignoring case (POST /admin/functions/rollupcloseddays works there too).
    private readonly Dictionary<string, AdminTarget> _targets = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TimerFunctionInvoker> _timers = [];

    private AdminFunctionCatalog()
    {
    }

    /// <summary>The timer functions, in file order.</summary>
    public IReadOnlyList<TimerFunctionInvoker> Timers => _timers;

    /// <summary>Builds the catalog; every timer function must be runnable, or the host does not start (as for HTTP functions).</summary>
    /// <param name="metadata">The parsed functions.metadata.</param>
    /// <param name="routePrefix">host.json's route prefix, to tell callers where an HTTP function is.</param>
    /// <param name="services">The app's container, to check function classes' dependencies; null skips the check.</param>
    /// <exception cref="InvalidOperationException">A timer function cannot be run, or two functions share a name.</exception>
    public static AdminFunctionCatalog Create(FunctionsMetadata metadata, string routePrefix, IServiceProviderIsService? services)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(routePrefix);

        var catalog = new AdminFunctionCatalog();
        foreach (var function in metadata.TimerFunctions)
        {
            var invoker = TimerFunctionInvokerFactory.Create(function, services);
            catalog._timers.Add(invoker);
            catalog.Add(new TimerTarget(invoker));
        }

        foreach (var function in metadata.HttpFunctions)
        {
            var methods = function.Methods.Count == 0 ? "ALL" : string.Join(',', function.Methods);
            catalog.Add(new HttpTarget(function.Name, methods, "/" + FunctionRoute.Template(routePrefix, function.Route, function.Name)));
        }

        foreach (var function in metadata.OtherFunctions)
        {
            catalog.Add(new ListedOnlyTarget(function.Name, function.TriggerType.Length == 0 ? "no trigger" : function.TriggerType));
        }

        return catalog;
    }

    /// <summary>The function named <paramref name="name"/>, ignoring case; null when there is none.</summary>
    public AdminTarget? Find(string? name) =>
        !string.IsNullOrEmpty(name) && _targets.TryGetValue(name, out var target) ? target : null;

    private void Add(AdminTarget target)
    {
        if (!_targets.TryAdd(target.Name, target))
        {
            throw new InvalidOperationException($"Function name '{target.Name}' is used more than once (names are compared ignoring case).");
        }
    }
}
