using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Analytics.Ingestion;

internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Beacon refused with 503: {Reason}")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception, string reason);
}
