using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Health;

internal static partial class HealthLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "Readiness: storage refused the app's credentials ({Status})")]
    public static partial void StorageRefused(ILogger logger, Exception exception, int status);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Readiness: no storage token could be obtained")]
    public static partial void CredentialUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Readiness: storage unreachable")]
    public static partial void StorageUnreachable(ILogger logger, Exception exception);
}
