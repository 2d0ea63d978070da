using Microsoft.Extensions.Options;
using NkFunctions.Core.Reports;
using NkFunctions.Core.Tests.Analytics;

namespace NkFunctions.Core.Tests.Reports;

public sealed class ReportCalendarTests
{
    [Theory]
    [InlineData("2026-11-25T00:05:00Z", "2026-11-23")] // yesterday still inside the grace period
    [InlineData("2026-11-25T00:10:00Z", "2026-11-24")]
    [InlineData("2026-11-25T23:59:59Z", "2026-11-24")]
    public void LastClosedDay_WaitsForTheGracePeriodAfterMidnight(string now, string expected)
    {
        var calendar = new ReportCalendar(new ManualTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)), Options.Create(new ReportOptions { ClosedDayGraceMinutes = 10 }));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), calendar.LastClosedDay);
    }

    [Fact]
    public void Options_CatchUpMustExceedRetention()
    {
        var options = new ReportOptions { RetentionDays = 90, CatchUpDays = 90 };
        var results = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(ReportOptions.CatchUpDays)));
        Assert.Empty(new ReportOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }
}
