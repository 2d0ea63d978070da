using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace NkFunctions.IntegrationTests.Routing;

/// <summary>
/// Decides whether one route template can take a request meant for another, by trying concrete paths built from the
/// second template (each parameter filled with every literal segment of every route, plus plain values) against the
/// first. For the templates an app declares (literals, parameters, optional parameters, catch-alls) that finds every
/// overlap that matters: a parameter can only collide with another route's literal or parameter.
/// </summary>
internal sealed class RouteOverlap
{
    private static readonly string[] PlainValues = ["x", "1"];
    private readonly string[] _values;

    /// <param name="templates">Every template in play, for the literal values to try.</param>
    public RouteOverlap(IEnumerable<string> templates)
    {
        _values = [.. templates
            .SelectMany(t => TemplateParser.Parse(t).Segments)
            .Where(s => s.IsSimple && s.Parts[0].IsLiteral)
            .Select(s => s.Parts[0].Text!)
            .Concat(PlainValues)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>A path that both templates match, or null when none of the tried ones does.</summary>
    public string? SharedPath(string earlier, string later)
    {
        var first = new TemplateMatcher(TemplateParser.Parse(earlier), new RouteValueDictionary());
        var second = new TemplateMatcher(TemplateParser.Parse(later), new RouteValueDictionary());
        return Paths(TemplateParser.Parse(later))
            .FirstOrDefault(path => second.TryMatch(new PathString(path), new RouteValueDictionary()) && first.TryMatch(new PathString(path), new RouteValueDictionary()));
    }

    private IEnumerable<string> Paths(RouteTemplate template)
    {
        IEnumerable<List<string>> prefixes = [[]];
        foreach (var segment in template.Segments)
        {
            var choices = Choices(segment).ToList();
            prefixes = prefixes.SelectMany(p => choices.Select(c => p.Concat(c).ToList())).ToList();
        }

        return prefixes.Select(p => "/" + string.Join('/', p));
    }

    // Each way to fill one template segment: one or more path segments (a catch-all also none at all).
    private IEnumerable<IReadOnlyList<string>> Choices(TemplateSegment segment)
    {
        if (!segment.IsSimple)
        {
            // A complex segment ("{name}.js"): parameters filled with a plain value.
            yield return [string.Concat(segment.Parts.Select(p => p.IsLiteral ? p.Text : PlainValues[0]))];
            yield break;
        }

        var part = segment.Parts[0];
        if (part.IsLiteral)
        {
            yield return [part.Text!];
            yield break;
        }

        if (part.IsOptional || part.IsCatchAll)
        {
            yield return [];
        }

        foreach (var value in _values)
        {
            yield return [value];
        }

        if (part.IsCatchAll)
        {
            foreach (var a in _values)
            {
                foreach (var b in _values)
                {
                    yield return [a, b];
                    foreach (var c in _values)
                    {
                        yield return [a, b, c];
                    }
                }
            }
        }
    }
}
