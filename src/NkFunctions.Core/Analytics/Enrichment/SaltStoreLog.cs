using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Analytics.Enrichment;

internal static partial class SaltStoreLog
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Created the visitor-hash salt for {Day}")]
    public static partial void Created(ILogger logger, DateOnly day);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Another instance created the visitor-hash salt for {Day} first; using it")]
    public static partial void LostCreationRace(ILogger logger, DateOnly day);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Deleted {Count} expired visitor-hash salt(s) older than {Yesterday}")]
    public static partial void Deleted(ILogger logger, int count, DateOnly yesterday);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Could not delete expired visitor-hash salts on {Today}; the next day's first request or the cleanup timer retries")]
    public static partial void DeleteFailed(ILogger logger, Exception exception, DateOnly today);
}
