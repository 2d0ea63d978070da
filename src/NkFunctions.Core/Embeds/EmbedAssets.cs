using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// The files of the embed feature, embedded in this assembly and read once: the loader served as <c>embed.js</c>, and
/// the style sheet and height script inlined into every embed page. Inlining keeps an embed to one request; the page's
/// Content-Security-Policy allows exactly these two texts by their SHA-256 hashes, and nothing else inline.
/// </summary>
public sealed partial class EmbedAssets
{
    private const string ResourcePrefix = "NkFunctions.Core.Embeds.";

    /// <summary>Reads the embedded files.</summary>
    /// <exception cref="InvalidOperationException">A resource is missing (a build error).</exception>
    public EmbedAssets()
    {
        var assembly = typeof(EmbedAssets).Assembly;
        Loader = Representation.FromEmbeddedResource(assembly, ResourcePrefix + "embed.js", MediaTypes.JavaScript);
        Style = BlockComment().Replace(Read(assembly, "embed.css"), string.Empty).Trim() + "\n";
        Script = string.Join('\n', Read(assembly, "embed-frame.js").Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim() + "\n";
        ContentSecurityPolicySources = $"style-src 'sha256-{Hash(Style)}'; script-src 'self' 'sha256-{Hash(Script)}'";
    }

    /// <summary>The loader script partners include.</summary>
    public Representation Loader { get; }

    /// <summary>The style sheet text inlined into embed pages.</summary>
    public string Style { get; }

    /// <summary>The height-reporting script text inlined into embed pages.</summary>
    public string Script { get; }

    /// <summary>The CSP directives that allow the inlined texts (and the tracker, from this API).</summary>
    public string ContentSecurityPolicySources { get; }

    private static string Read(System.Reflection.Assembly assembly, string name) =>
        Encoding.UTF8.GetString(Representation.FromEmbeddedResource(assembly, ResourcePrefix + name, MediaTypes.Text).Body.Span);

    private static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"/\*.*?\*/\s*", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BlockComment();
}
