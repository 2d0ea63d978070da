using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Content.Serving;

internal static partial class ContentLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Loaded {Articles} article(s), {Sections} section(s) from {Root} in {ElapsedMs} ms")]
    public static partial void Loaded(ILogger logger, int articles, int sections, string root, long elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Content reload found {Count} error(s); still serving the content loaded at {LoadedAt}:\n  {Errors}")]
    public static partial void ReloadRejected(ILogger logger, int count, DateTimeOffset loadedAt, string errors);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Watching {Root} for content changes")]
    public static partial void Watching(ILogger logger, string root);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Content reload failed; still serving the content loaded at {LoadedAt}")]
    public static partial void ReloadFailed(ILogger logger, Exception exception, DateTimeOffset loadedAt);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Processed {Images} image(s) into {Variants} responsive variant(s) in {ProcessingMs} ms of CPU")]
    public static partial void ImagesProcessed(ILogger logger, int images, int variants, long processingMs);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "After loading the content the process has a managed heap of {HeapMiB:F1} MiB")]
    public static partial void Heap(ILogger logger, double heapMiB);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "{FromPrerendered} of {Articles} article(s) came prerendered from {Folder}; the rest were rendered at load")]
    public static partial void Prerendered(ILogger logger, int fromPrerendered, int articles, string folder);
}
