using Microsoft.Extensions.Logging;
using NkFunctions.LocalHost.Admin;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Routing;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>The "Functions:" listing <c>func start</c> prints, so developers see every URL (and the key) in one place.</summary>
internal static class StartupBanner
{
    /// <summary>
    /// Logs each HTTP function with its methods and URL on the first bound address, each timer function with its schedule and
    /// the admin URL that runs it, a curl line to do so, then where the function key came from; a generated key itself
    /// goes to <paramref name="consoleOnly"/>, a logger of <see cref="Log.ConsoleOnlyCategory"/>, never exported.
    /// </summary>
    public static void Write(ILogger logger, ILogger consoleOnly, LocalHostFunctions functions, FunctionKey key, IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(consoleOnly);
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(addresses);

        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var baseUrl = BrowsableBase(addresses.FirstOrDefault() ?? "http://localhost");
        Log.Serving(logger, functions.Metadata.HttpFunctions.Count, functions.MetadataPath, functions.RoutePrefix, functions.Metadata.TimerFunctions.Count);
        Log.FunctionsHeader(logger);
        foreach (var function in HostFunctionOrder.Sort(functions.Metadata.HttpFunctions))
        {
            var methods = function.Methods.Count == 0 ? "ALL" : string.Join(',', function.Methods);
            var url = baseUrl + "/" + FunctionRoute.Template(functions.RoutePrefix, function.Route, function.Name);
            Log.HttpFunction(logger, function.Name, methods, url);
        }

        foreach (var function in functions.Metadata.TimerFunctions)
        {
            var url = baseUrl + AdminInvokeEndpoint.PathFor(function.Name);
            Log.TimerFunction(logger, function.Name, function.Schedule, url);
        }

        foreach (var function in functions.Metadata.OtherFunctions)
        {
            var triggerType = function.TriggerType.Length == 0 ? "no trigger" : function.TriggerType;
            Log.OtherFunction(logger, function.Name, triggerType);
        }

        if (functions.Metadata.TimerFunctions.Count > 0)
        {
            // Copy-pasteable; the key stays in the shell variable rather than in the log (unless it was generated, below).
            var example = baseUrl + AdminInvokeEndpoint.PathFor(functions.Metadata.TimerFunctions[0].Name);
            var command = $"curl -X POST -H \"x-functions-key: ${FunctionKey.AdminConfigurationKey}\" -H \"Content-Type: application/json\" -d '{{}}' {example}";
            Log.RunTimerHint(logger, command);
        }

        switch (key.Source)
        {
            case FunctionKeySource.Generated:
                Log.KeyGenerated(consoleOnly, key.Value);
                break;
            case FunctionKeySource.EnvironmentVariable:
                Log.KeyConfigured(logger, "the NK_FUNCTION_KEY environment variable");
                break;
            default:
                Log.KeyConfigured(logger, "the NK_FUNCTION_KEY configuration value");
                break;
        }

        if (key.AdminGenerated)
        {
            Log.AdminKeyGenerated(consoleOnly, key.AdminValue);
        }
    }

    // Wildcard bindings (http://+:80, http://0.0.0.0:80, http://[::]:80) are not clickable; show localhost instead.
    private static string BrowsableBase(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return address.TrimEnd('/');
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri) { Host = host }.Uri.GetLeftPart(UriPartial.Authority);
    }
}
