using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Finds the method a functions.metadata entry points at: assembly by <c>scriptFile</c>, type and method by <c>entryPoint</c>.</summary>
internal static class FunctionMethodResolver
{
    /// <exception cref="InvalidOperationException">The assembly, type or method cannot be found, or the method name is ambiguous.</exception>
    public static MethodInfo Resolve(IFunctionEntryPoint function)
    {
        ArgumentNullException.ThrowIfNull(function);

        var assemblyName = Path.GetFileNameWithoutExtension(function.ScriptFile);
        Assembly assembly;
        try
        {
            // By name, not by path: the app's assemblies are already in the local host's dependency graph, loaded once in the default context.
            assembly = Assembly.Load(new AssemblyName(assemblyName));
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw Fail(function, $"cannot load assembly '{assemblyName}' (scriptFile '{function.ScriptFile}'): {ex.Message}", ex);
        }

        var lastDot = function.EntryPoint.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == function.EntryPoint.Length - 1)
        {
            throw Fail(function, $"entryPoint '{function.EntryPoint}' is not 'Namespace.Type.Method'");
        }

        var typeName = function.EntryPoint[..lastDot];
        var methodName = function.EntryPoint[(lastDot + 1)..];

        // Nested types are written with '.' in metadata but '+' in reflection names.
        var type = assembly.GetType(typeName, throwOnError: false)
            ?? assembly.GetTypes().FirstOrDefault(t => t.FullName?.Replace('+', '.') == typeName)
            ?? throw Fail(function, $"type '{typeName}' not found in '{assembly.GetName().Name}'");

        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == methodName)
            .ToList();
        if (candidates.Count > 1)
        {
            // Overloads: the worker picks the one carrying [Function(name)].
            candidates = candidates.Where(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == function.Name).ToList();
        }

        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw Fail(function, $"public method '{methodName}' not found on '{type.FullName}'"),
            _ => throw Fail(function, $"method '{methodName}' on '{type.FullName}' is ambiguous"),
        };
    }

    private static InvalidOperationException Fail(IFunctionEntryPoint function, string reason, Exception? inner = null) =>
        new($"Function '{function.Name}' ({function.EntryPoint}): {reason}.", inner);
}
