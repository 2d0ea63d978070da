using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Analytics;

/// <summary>Reading analytics settings (configuration section <c>Analytics</c>), validated at start-up.</summary>
public sealed class AnalyticsOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Analytics";

    /// <summary>The site name mixed into the visitor-day hash, so two sites sharing storage never link visitors.</summary>
    [Required]
    [MinLength(1)]
    public string Site { get; set; } = "nkfunctions";

    /// <summary>
    /// The sites whose Plausible events (<c>POST /api/event</c>) are ours, by the <c>domain</c> the tracker sends
    /// (<c>init({domain})</c>), compared without a leading <c>www.</c>; <see cref="Site"/> counts as one too. Events for
    /// other domains are answered 202 with <c>x-plausible-dropped: 1</c> and not stored, as Plausible answers
    /// events for a site it does not know.
    /// </summary>
    [MaxLength(100)]
    public string[] Domains { get; set; } = [];

    /// <summary>Largest beacon body accepted, in bytes; larger ones get 413 before being read in full.</summary>
    [Range(1024, 1_048_576)]
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Most events in one beacon.</summary>
    [Range(1, 500)]
    public int MaxEventsPerRequest { get; set; } = 50;

    /// <summary>
    /// Most events waiting for storage across all requests; beyond it beacons get 503 with Retry-After instead of
    /// piling up in memory while storage is slow.
    /// </summary>
    [Range(100, 1_000_000)]
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>
    /// How many storage flushes may be in flight at once. One is classic group commit: while a flush commits, the
    /// queue fills, so the next flush grows with the load (measured: 41.5 transactions per 1,000 events at 64
    /// clients, against 59.7 with two in flight, at the same throughput within noise; see BENCHMARKS.md).
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentFlushes { get; set; } = 1;

    /// <summary>Per-call storage timeout, so a stalled Table Storage gives a prompt 503 rather than hung requests.</summary>
    [Range(1, 120)]
    public int StorageTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// Longest a beacon request waits for its events to be stored (salt, queue, transaction, retries) before it gets
    /// 503 with Retry-After. The storage timeout bounds one call; this bounds the request, however many flushes are
    /// queued ahead of it. A write still in flight may land after the 503: harmless, a retry overwrites it.
    /// </summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>How events are written; <see cref="WriteMode.PerEvent"/> exists for the ingest benchmark's baseline only.</summary>
    public WriteMode WriteMode { get; set; } = WriteMode.GroupCommit;

    /// <summary>The Retry-After sent with 503s.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 5;

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var domain in Domains)
        {
            if (Uri.CheckHostName(domain?.Trim()) is UriHostNameType.Unknown or UriHostNameType.Basic)
            {
                yield return new ValidationResult($"Analytics:Domains: '{domain}' is not a host name (e.g. example.org).", [nameof(Domains)]);
            }
        }
    }
}
