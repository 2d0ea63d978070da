using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Reports;

/// <summary>Readership report settings (configuration section <c>Reports</c>), validated at start-up.</summary>
public sealed class ReportOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Reports";

    /// <summary>Longest <c>from</c>..<c>to</c> range a report accepts, in days (inclusive).</summary>
    [Range(1, 3660)]
    public int MaxRangeDays { get; set; } = 366;

    /// <summary>Days covered when <c>from</c> is omitted (ending at <c>to</c>, default today).</summary>
    [Range(1, 3660)]
    public int DefaultRangeDays { get; set; } = 30;

    /// <summary>Raw events older than this many days are deleted, once their day is rolled up.</summary>
    [Range(2, 3650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// How far back the nightly rollup looks for closed days without a rollup (catching up after outages). Longer
    /// than <see cref="RetentionDays"/>, so no day's raw events can outlive it unrolled.
    /// </summary>
    [Range(2, 3660)]
    public int CatchUpDays { get; set; } = 120;

    /// <summary>
    /// A UTC day counts as closed this many minutes after it ends: a beacon received at 23:59:59 may still be in a
    /// group commit for up to the storage timeout, and a rollup must not be written before it lands.
    /// </summary>
    [Range(1, 120)]
    public int ClosedDayGraceMinutes { get; set; } = 10;

    /// <summary>Days read from raw events at once (closed days being rolled up, or open days of a report).</summary>
    [Range(1, 32)]
    public int MaxParallelDays { get; set; } = 4;

    /// <summary>
    /// Per-call storage timeout for reports, rollups and retention: longer than the beacons' (they read whole days
    /// page by page; a report may wait, a beacon should not).
    /// </summary>
    [Range(1, 600)]
    public int StorageTimeoutSeconds { get; set; } = 60;

    /// <summary>Read closed days from rollups; false computes every day from raw events (the report benchmark's baseline only).</summary>
    public bool UseRollups { get; set; } = true;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CatchUpDays <= RetentionDays)
        {
            yield return new ValidationResult(
                $"{nameof(CatchUpDays)} ({CatchUpDays}) must exceed {nameof(RetentionDays)} ({RetentionDays}), or raw events of days the rollup never caught up with would be kept forever.",
                [nameof(CatchUpDays)]);
        }
    }
}
