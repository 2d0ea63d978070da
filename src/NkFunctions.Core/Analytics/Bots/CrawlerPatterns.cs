using System.Collections.Frozen;
using System.Text.Json;

namespace NkFunctions.Core.Analytics.Bots;

/// <summary>Reads the patterns of the vendored crawler-user-agents list (see README.md in this folder).</summary>
internal static class CrawlerPatterns
{
    /// <summary>The manifest name NkFunctions.Core.csproj gives the embedded JSON.</summary>
    public const string ResourceName = "NkFunctions.Core.Analytics.Bots.crawler-user-agents.json";

    /// <summary>
    /// Upstream patterns the NonBacktracking engine cannot compile (backreferences, lookarounds, atomic groups), each
    /// mapped to a rewrite it can, or to null to drop it. Empty for 1.60.0: every pattern compiles.
    /// CrawlerListTests fails when this list and the data disagree, so a refresh cannot drop a pattern silently.
    /// </summary>
    public static readonly FrozenDictionary<string, string?> Unsupported = FrozenDictionary<string, string?>.Empty;

    /// <summary>Every pattern in file order, exactly as upstream wrote it.</summary>
    public static IReadOnlyList<string> LoadRaw()
    {
        using var stream = typeof(CrawlerPatterns).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from NkFunctions.Core.");
        using var document = JsonDocument.Parse(stream);
        var patterns = new List<string>(document.RootElement.GetArrayLength());
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var pattern = entry.GetProperty("pattern").GetString();
            if (!string.IsNullOrEmpty(pattern))
            {
                patterns.Add(pattern);
            }
        }

        return patterns;
    }

    /// <summary>The patterns to match with: upstream's, with <see cref="Unsupported"/> ones rewritten or dropped.</summary>
    public static IReadOnlyList<string> Load() =>
        [.. LoadRaw().Select(p => Unsupported.TryGetValue(p, out var rewrite) ? rewrite : p).OfType<string>()];
}
