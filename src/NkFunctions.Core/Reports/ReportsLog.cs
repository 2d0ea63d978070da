using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Reports;

/// <summary>Report, rollup and retention log messages.</summary>
internal static partial class ReportsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Rolled up {Day}: {PageViews} page views, {Scopes} scopes")]
    public static partial void RolledUp(ILogger logger, DateOnly day, int pageViews, int scopes);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Rollup job: {Missing} closed days without a rollup between {From} and {To}")]
    public static partial void RollupJobStarted(ILogger logger, int missing, DateOnly from, DateOnly to);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Retention: deleted {Events} raw events of {Day}")]
    public static partial void RawDayDeleted(ILogger logger, int events, DateOnly day);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Retention: {Days} days past {Cutoff} cleared, {Salts} expired salts deleted")]
    public static partial void RetentionDone(ILogger logger, int days, DateOnly cutoff, int salts);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Stats report failed: storage unavailable")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception);
}
