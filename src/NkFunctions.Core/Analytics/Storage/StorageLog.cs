using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Analytics.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Storing {Entities} event(s) in {Partition} failed")]
    public static partial void TransactionFailed(ILogger logger, Exception exception, int entities, string partition);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Event queue full ({Queued} queued, capacity {Capacity}); refusing a beacon with 503")]
    public static partial void QueueFull(ILogger logger, int queued, int capacity);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Event writer stopping: finishing {Pending} accepted write(s)")]
    public static partial void Draining(ILogger logger, int pending);
}
