using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Core.Analytics.Ingestion.Plausible;

/// <summary>
/// The page a Plausible event happened on, and the article it names. Like Plausible's <c>get_pathname</c>
/// (plausible/analytics lib/plausible/ingestion/request.ex, commit 69e5af5d), the page is the URL's decoded path, and
/// under hash-based routing (<c>h: 1</c>) the path plus <c>#</c> and the decoded fragment; without it the fragment is
/// not part of the page. An article is named by its public page path (trailing slash ignored), or, under hash-based
/// routing, by a fragment that is that path (<c>/#/articles/slug</c>, or <c>/#!/articles/slug</c>).
/// </summary>
internal static class PlausiblePage
{
    public static string Identity(Uri url, bool hashMode)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).TrimEnd();
        var fragment = url.Fragment.Length > 1 ? Uri.UnescapeDataString(url.Fragment[1..]) : null;
        return hashMode && fragment is not null ? path + "#" + fragment : path;
    }

    public static RenderedArticle? Article(Uri url, bool hashMode, ContentCatalog catalog)
    {
        if (catalog.ByPagePath.TryGetValue(url.AbsolutePath.TrimEnd('/'), out var byPath) && !(hashMode && url.Fragment.Length > 1))
        {
            return byPath;
        }

        if (!hashMode || url.Fragment.Length <= 1)
        {
            return null;
        }

        var route = Uri.UnescapeDataString(url.Fragment[1..]).TrimStart('!');
        var asPath = route.StartsWith('/') ? route.TrimEnd('/') : null;
        return asPath is not null && catalog.ByPagePath.TryGetValue(asPath, out var byRoute) ? byRoute : byPath;
    }
}
