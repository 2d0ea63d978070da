using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Http;

/// <summary>
/// Cross-origin access to the public API (configuration section <c>Cors</c>). Reading the API needs no
/// credentials, so any origin may read it by default; list origins to restrict it.
/// </summary>
public sealed class CorsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cors";

    /// <summary>
    /// Allowed origins (<c>https://example.org</c>); empty (the default) or <c>*</c> allows any. The default is
    /// empty rather than <c>["*"]</c> because the configuration binder appends to an array's initial items, so a
    /// configured list would silently keep the wildcard.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long browsers may cache a preflight answer.</summary>
    [Range(0, 86400)]
    public int PreflightMaxAgeSeconds { get; set; } = 86400;

    /// <summary>True when any origin is allowed.</summary>
    public bool AllowsAnyOrigin => AllowedOrigins.Length == 0 || AllowedOrigins.Contains("*", StringComparer.Ordinal);
}
