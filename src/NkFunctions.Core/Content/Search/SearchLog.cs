using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Content.Search;

internal static partial class SearchLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Search index built: {Articles} article(s), {Sections} section(s) in {ElapsedMs} ms")]
    public static partial void Built(ILogger logger, int articles, int sections, long elapsedMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Search index warm-up failed; the first search builds it")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Search index build failed ({Articles} article(s)); searches answer 503 until a later search builds it again")]
    public static partial void BuildFailed(ILogger logger, Exception exception, int articles);
}
