using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Http;

/// <summary>
/// Proactive negotiation on <c>Accept</c> (RFC 9110 §12.5.1): each offered type takes the quality of the most specific
/// range that matches it; the highest quality wins, ties go to the server's order.
/// </summary>
internal static class ContentNegotiation
{
    // Clients send a handful of distinct Accept values; remembering the answer skips parsing on the hot path. Bounded,
    // so a client sending random headers costs a parse per request but cannot grow memory.
    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<(string Accept, IReadOnlyList<string> Offered), int> Cache = new();

    /// <summary>The index in <paramref name="offered"/> (bare <c>type/subtype</c>) of the best type, or -1 when none is acceptable.</summary>
    public static int Choose(StringValues accept, IReadOnlyList<string> offered)
    {
        // Most API calls send no Accept, */* or the first offer: skip parsing for them.
        if (StringValues.IsNullOrEmpty(accept) || (accept.Count == 1 && (accept[0] == "*/*" || accept[0] == offered[0])))
        {
            return 0;
        }

        var cacheable = accept.Count == 1 && accept[0] is { Length: <= 512 };
        if (cacheable && Cache.TryGetValue((accept[0]!, offered), out var cached))
        {
            return cached;
        }

        var chosen = Negotiate(accept, offered);
        if (cacheable && Cache.Count < CacheLimit)
        {
            Cache.TryAdd((accept[0]!, offered), chosen);
        }

        return chosen;
    }

    private static int Negotiate(StringValues accept, IReadOnlyList<string> offered)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            // An unparseable Accept is treated as absent, as most servers do, rather than refusing the request.
            return 0;
        }

        var best = -1;
        var bestQuality = 0.0;
        for (var i = 0; i < offered.Count; i++)
        {
            var quality = QualityOf(offered[i], ranges);
            if (quality > bestQuality)
            {
                best = i;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static double QualityOf(string offered, IList<MediaTypeHeaderValue> ranges)
    {
        var slash = offered.IndexOf('/', StringComparison.Ordinal);
        var type = offered.AsSpan(0, slash);
        var specificity = -1;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var rangeType = range.Type.AsSpan();
            var rangeSubType = range.SubType.AsSpan();
            int rank;
            if (rangeType is "*" && rangeSubType is "*")
            {
                rank = 0;
            }
            else if (rangeType.Equals(type, StringComparison.OrdinalIgnoreCase) && rangeSubType is "*")
            {
                rank = 1;
            }
            else if (range.MediaType.Equals(offered, StringComparison.OrdinalIgnoreCase))
            {
                rank = 2;
            }
            else
            {
                continue;
            }

            if (rank > specificity)
            {
                specificity = rank;
                quality = range.Quality ?? 1.0;
            }
        }

        return quality;
    }
}
