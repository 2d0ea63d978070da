using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// Names a prerendered article by everything its rendering is a function of: the file's path under the content
/// root and its bytes, and the renderer. The renderer is this assembly and the libraries that shape the output
/// (Markdig, the sanitizer and its HTML parser, Skia for image variants), by module version id: deterministic builds
/// give the same id for the same code, and any change of code or package version gives a new one, so a cache built
/// by another build is never taken for this one's. The runtime's patch version is left out on purpose: Azure rolls
/// patches on its own schedule, and our rendering does not depend on them.
/// </summary>
internal static class PrerenderKey
{
    // Bumped when the entry's shape or meaning changes without a code change in the assemblies below (never, so far).
    private const string Format = "nk-prerender/1";

    private static readonly byte[] Renderer = Encoding.UTF8.GetBytes(string.Join('\n', new[]
    {
        Format,
        "net" + Environment.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Identity(typeof(PrerenderKey).Assembly),
        Identity(typeof(Markdig.Markdown).Assembly),
        Identity(typeof(Ganss.Xss.HtmlSanitizer).Assembly),
        Identity(typeof(AngleSharp.Html.Parser.HtmlParser).Assembly),
        Identity(typeof(SkiaSharp.SKBitmap).Assembly),
    }) + '\n');

    /// <summary>The key of <paramref name="relativePath"/> (forward slashes) holding <paramref name="source"/>: 64 hex digits.</summary>
    public static string Compute(string relativePath, ReadOnlySpan<byte> source)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Renderer);
        hash.AppendData(Encoding.UTF8.GetBytes(relativePath + '\n'));
        hash.AppendData(source);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Identity(Assembly assembly) =>
        assembly.GetName().Name + " " + assembly.ManifestModule.ModuleVersionId.ToString("N");
}
