using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.Routing;

/// <summary>
/// The HTTP routes this app declares, read once from its own [HttpTrigger] attributes, so the fallback can tell
/// "no such endpoint" (404) from "no such method here" (405, with Allow) under any host.
/// </summary>
public sealed class HttpRouteTable
{
    private readonly (TemplateMatcher Matcher, string Allow)[] _routes;

    /// <summary>Reads the routes of every HTTP function in this assembly, except the fallback itself.</summary>
    public HttpRouteTable()
    {
        Routes = [.. Declared(typeof(HttpRouteTable).Assembly).Where(r => r.Function != FallbackFunction.Name)];
        _routes = [.. Routes
            .GroupBy(r => r.Template, StringComparer.OrdinalIgnoreCase)
            .Select(g => (
                new TemplateMatcher(TemplateParser.Parse(g.Key), new RouteValueDictionary()),
                string.Join(", ", g.SelectMany(r => r.Methods).Select(m => m.ToUpperInvariant()).Append("OPTIONS").Distinct(StringComparer.Ordinal))))];
    }

    /// <summary>Every HTTP function's name, route template and methods.</summary>
    public IReadOnlyList<DeclaredRoute> Routes { get; }

    /// <summary>The Allow value for a path relative to the route prefix, or null when no route matches it.</summary>
    public string? AllowFor(string? path)
    {
        // The host has decoded the path once already. new PathString takes it as it is; the implicit conversion from
        // string would decode it again (and throw on "%00", which a client gets there by sending "%2500").
        var candidate = new PathString("/" + (path ?? string.Empty).Trim('/'));
        foreach (var (matcher, allow) in _routes)
        {
            if (matcher.TryMatch(candidate, new RouteValueDictionary()))
            {
                return allow;
            }
        }

        return null;
    }

    /// <summary>Reads [Function] methods with an [HttpTrigger] parameter.</summary>
    public static IEnumerable<DeclaredRoute> Declared(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var method in assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)))
        {
            var function = method.GetCustomAttribute<FunctionAttribute>();
            var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null);
            if (function is null || trigger is null)
            {
                continue;
            }

            yield return new DeclaredRoute(function.Name, trigger.Route ?? function.Name, trigger.Methods ?? [], trigger.AuthLevel);
        }
    }
}
