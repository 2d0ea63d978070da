using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>Shared-link settings (configuration section <c>SharedLinks</c>), validated at start-up.</summary>
public sealed class SharedLinkOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "SharedLinks";

    /// <summary>
    /// How long an instance trusts a link it read, in seconds: the bound on how late a revocation takes
    /// effect on a busy instance, traded against one storage read per dashboard request. 0 reads every time.
    /// </summary>
    [Range(0, 300)]
    public int CacheSeconds { get; set; } = 10;
}
