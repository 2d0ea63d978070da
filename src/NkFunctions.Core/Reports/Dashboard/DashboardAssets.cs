using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Reports.Dashboard;

/// <summary>
/// The analysts' dashboard: its page and the static files it loads (embedded in this assembly), rendered once with
/// strong ETags. The page's references to the files carry a version (<c>?v=</c> part of the file's ETag), so a page
/// always loads the scripts it was written for.
/// </summary>
public sealed partial class DashboardAssets
{
    /// <summary>The embedded resource name of the page template.</summary>
    public const string PageResource = ResourcePrefix + "dashboard.html";

    private const string ResourcePrefix = "NkFunctions.Core.Reports.Dashboard.";

    // The files the page loads, by the name they are served under (the last route segment).
    private static readonly (string Name, string ContentType)[] Files =
    [
        ("dashboard.js", MediaTypes.JavaScript),
        ("dashboard.css", MediaTypes.Css),
        ("chart.umd.min.js", MediaTypes.JavaScript),
    ];

    private readonly FrozenDictionary<string, Representation> _assets;

    /// <summary>Reads the embedded files and renders the page with versioned asset URLs.</summary>
    /// <exception cref="InvalidOperationException">A resource is missing or the page names an unknown asset (a build error).</exception>
    public DashboardAssets()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        _assets = Files.ToFrozenDictionary(
            f => f.Name,
            f => Representation.FromEmbeddedResource(assembly, ResourcePrefix + f.Name, f.ContentType),
            StringComparer.Ordinal);
        var template = Encoding.UTF8.GetString(Representation.FromEmbeddedResource(assembly, PageResource, MediaTypes.Html).Body.Span);
        Page = Representation.FromText(VersionPlaceholder().Replace(template, m => Version(m.Groups[1].Value)), MediaTypes.Html);
    }

    /// <summary>The dashboard page (HTML).</summary>
    public Representation Page { get; }

    /// <summary>The names of the files served beside the page.</summary>
    public IEnumerable<string> Names => _assets.Keys;

    /// <summary>The file served as <paramref name="name"/> (exact, case-sensitive), or null when there is none.</summary>
    public Representation? Find(string? name) =>
        name is not null && _assets.TryGetValue(name, out var asset) ? asset : null;

    /// <summary>The version a page puts in an asset's URL: the start of its ETag, which changes whenever its bytes do.</summary>
    public string Version(string name) =>
        Find(name) is { } asset
            ? asset.EntityTag.Trim('"')[..12]
            : throw new InvalidOperationException($"dashboard.html refers to '{name}', which is not a dashboard asset.");

    // "{{version:dashboard.js}}" in the template.
    [GeneratedRegex(@"\{\{version:([A-Za-z0-9._-]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPlaceholder();
}
