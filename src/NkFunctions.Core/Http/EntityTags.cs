using Microsoft.Extensions.Primitives;

namespace NkFunctions.Core.Http;

/// <summary>RFC 9110 §13.1.2 If-None-Match evaluation (weak comparison, as that section requires).</summary>
internal static class EntityTags
{
    /// <summary>True when any listed tag (or <c>*</c>) matches <paramref name="current"/>.</summary>
    public static bool IfNoneMatchHits(StringValues ifNoneMatch, string current)
    {
        var opaque = Opaque(current.AsSpan());
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var range in value.AsSpan().Split(','))
            {
                var candidate = value.AsSpan()[range].Trim();
                if (candidate is "*" || (candidate.Length > 0 && Opaque(candidate).SequenceEqual(opaque)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Weak comparison ignores the W/ prefix on either side.
    private static ReadOnlySpan<char> Opaque(ReadOnlySpan<char> tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
