using NkFunctions.IntegrationTests.Hosting;

namespace NkFunctions.IntegrationTests.Routing;

/// <summary>
/// The Functions host maps HTTP routes in the order of the function names, ignoring case, and the first route that
/// matches a request wins: no precedence (Azure/azure-functions-host 89dc438d4, FunctionMetadataManager and
/// WebScriptHostHttpRoutesManager). So no function may have a route that can take a request meant for a function mapped
/// after it. This reads the SDK-generated functions.metadata, the file the host itself reads.
/// </summary>
public sealed class RouteShadowingTests
{
    [Fact]
    public void GeneratedMetadata_InHostOrder_NoRouteShadowsALaterOne()
    {
        var functions = HostOrder(FunctionsMetadataTests.Read().Select(f => (f.Name, f.Route, f.Methods)));

        Assert.Empty(Shadows(functions));
    }

    [Fact]
    public void GeneratedMetadata_TheCatchAllIsMappedLast()
    {
        var functions = HostOrder(FunctionsMetadataTests.Read().Select(f => (f.Name, f.Route, f.Methods)));

        Assert.Equal("{*path}", functions[^1].Route);
    }

    // The check itself must be able to fail: the app as it was (a catch-all named "Fallback") and a literal route sorting
    // after a parameter route that matches it.
    [Fact]
    public void Check_CatchAllNamedFallback_ShadowsEveryFunctionSortingAfterIt()
    {
        var functions = HostOrder([
            ("Fallback", "{*path}", "get,head,post,options"),
            ("GetArticle", "articles/{slug}", "get,head"),
            ("ListArticles", "articles", "get,head"),
            ("Agent", "agent", "get")]);

        var shadows = Shadows(functions);

        Assert.Equal(["Fallback shadows GetArticle", "Fallback shadows ListArticles"], shadows.Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Check_ParameterRouteBeforeALiteralItMatches_Shadows()
    {
        var functions = HostOrder([("GetArticle", "articles/{slug}", "get"), ("ListArticleFeed", "articles/feed", "get")]);

        Assert.Equal("GetArticle shadows ListArticleFeed: GET /api/articles/feed", Assert.Single(Shadows(functions)));
    }

    [Fact]
    public void Check_DisjointMethods_NoShadow()
    {
        var functions = HostOrder([("AddArticle", "articles/{slug}", "post"), ("GetArticleFeed", "articles/feed", "get")]);

        Assert.Empty(Shadows(functions));
    }

    private static List<(string Name, string Route, string Methods)> HostOrder(IEnumerable<(string Name, string Route, string Methods)> functions) =>
        [.. functions.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)];

    private static List<string> Shadows(List<(string Name, string Route, string Methods)> functions)
    {
        var templates = functions.Select(f => "api/" + f.Route).ToList();
        var overlap = new RouteOverlap(templates);
        var found = new List<string>();
        for (var later = 0; later < functions.Count; later++)
        {
            // A route that is nothing but a catch-all exists to take what every other route leaves: that every earlier
            // route takes some of its paths is its purpose. It must only come after all of them, which the loop checks
            // with it as the earlier route.
            if (IsCatchAllOnly(functions[later].Route))
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                var method = SharedMethod(functions[earlier].Methods, functions[later].Methods);
                if (method is not null && overlap.SharedPath(templates[earlier], templates[later]) is { } path)
                {
                    found.Add($"{functions[earlier].Name} shadows {functions[later].Name}: {method} {path}");
                }
            }
        }

        return found;
    }

    private static bool IsCatchAllOnly(string route) => route.StartsWith("{*", StringComparison.Ordinal) && route.IndexOf('/', StringComparison.Ordinal) < 0;

    // No methods listed means every method, as in the host.
    private static string? SharedMethod(string earlier, string later)
    {
        var a = earlier.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(m => m.ToUpperInvariant()).ToList();
        var b = later.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(m => m.ToUpperInvariant()).ToList();
        return a.Count == 0 ? b.FirstOrDefault() ?? "GET" : b.Count == 0 ? a[0] : a.Intersect(b).FirstOrDefault();
    }
}
