using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Health;

/// <summary>Readiness checks (configuration section <c>Health</c>), validated at start-up.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Health";

    /// <summary>Longest a storage check may take before storage counts as unreachable.</summary>
    [Range(1, 60)]
    public int StorageTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// How long one storage check answers for. Monitors, load balancers and people all poll readiness; reusing a
    /// recent answer keeps a flood of probes from becoming a flood of storage transactions (which are billed).
    /// </summary>
    [Range(0, 300)]
    public int StorageCheckCacheSeconds { get; set; } = 10;
}
