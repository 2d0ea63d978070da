using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Analytics.Geo;

internal static partial class GeoLog
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "Country database {DatabaseType} built {BuildDate:yyyy-MM-dd} opened from {Path}")]
    public static partial void Opened(ILogger logger, string databaseType, DateTime buildDate, string path);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Country lookup failed; the event is stored without a country")]
    public static partial void LookupFailed(ILogger logger, Exception exception);
}
