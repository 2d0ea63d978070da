using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Http;

/// <summary>
/// Cache lifetimes for content responses (configuration section <c>Caching</c>). Articles change on deploy, so
/// shared caches may keep them longer than browsers, and may serve a stale copy while they revalidate.
/// </summary>
public sealed class CachingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Caching";

    /// <summary>Browser freshness (<c>max-age</c>).</summary>
    [Range(0, 31_536_000)]
    public int MaxAgeSeconds { get; set; } = 300;

    /// <summary>Shared-cache (CDN) freshness (<c>s-maxage</c>).</summary>
    [Range(0, 31_536_000)]
    public int SharedMaxAgeSeconds { get; set; } = 3600;

    /// <summary>How long a stale copy may be served while revalidating (<c>stale-while-revalidate</c>).</summary>
    [Range(0, 31_536_000)]
    public int StaleWhileRevalidateSeconds { get; set; } = 86_400;

    /// <summary>The Cache-Control value for cacheable content.</summary>
    public string CacheControl =>
        $"public, max-age={MaxAgeSeconds}, s-maxage={SharedMaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}";
}
