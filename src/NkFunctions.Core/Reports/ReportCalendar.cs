using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Reports;

/// <summary>Which UTC days are closed (final, so rolled up) and which are still receiving events.</summary>
public sealed class ReportCalendar(TimeProvider time, IOptions<ReportOptions> options)
{
    /// <summary>Today, UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The most recent day whose events are final (its end plus the grace period has passed).</summary>
    public DateOnly LastClosedDay =>
        DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddMinutes(-options.Value.ClosedDayGraceMinutes)).AddDays(-1);
}
