using System.Collections.Frozen;

namespace NkFunctions.Core.Content.Listing;

/// <summary>The fields of an article summary that <c>fields=</c> can select, in the order they are written.</summary>
public static class SummaryFields
{
    /// <summary>Every field, in wire order (the order of the full summary document).</summary>
    public static readonly string[] Names =
        ["slug", "title", "author", "published", "updated", "summary", "tags", "pagePath", "wordCount", "readingMinutes", "sections", "cover"];

    /// <summary>A field's position in <see cref="Names"/>.</summary>
    public static readonly FrozenDictionary<string, int> Index =
        Names.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
}
