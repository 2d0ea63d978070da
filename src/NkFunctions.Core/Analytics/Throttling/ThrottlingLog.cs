using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Analytics.Throttling;

internal static partial class ThrottlingLog
{
    // No client data: the point of the limiter's keys is that nothing identifies the client, logs included.
    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "{Function}: beacon refused with 429, the client is over its rate limit")]
    public static partial void RateLimited(ILogger logger, string function);
}
