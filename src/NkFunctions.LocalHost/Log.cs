using Microsoft.Extensions.Logging;

namespace NkFunctions.LocalHost;

/// <summary>Every log message the local host writes, generated at compile time.</summary>
internal static partial class Log
{
    /// <summary>Logger category for everything the local host itself says.</summary>
    public const string Category = "NkFunctions.LocalHost";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Functions:")]
    public static partial void FunctionsHeader(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "    {FunctionName}: [{Methods}] {Url}")]
    public static partial void HttpFunction(ILogger logger, string functionName, string methods, string url);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "    {FunctionName}: {TriggerType} (listed only: the local host runs HTTP functions)")]
    public static partial void OtherFunction(ILogger logger, string functionName, string triggerType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Function key: taken from {KeySource} (not shown). Send it as the x-functions-key header or the code query parameter.")]
    public static partial void KeyConfigured(ILogger logger, string keySource);

    // Printed once on purpose: the key is random per run and the developer needs it to call key-protected functions.
    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Function key (generated for this run; set NK_FUNCTION_KEY to choose one): {FunctionKey}")]
    public static partial void KeyGenerated(ILogger logger, string functionKey);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Serving {Count} HTTP functions from {MetadataPath} with route prefix '{RoutePrefix}'")]
    public static partial void Serving(ILogger logger, int count, string metadataPath, string routePrefix);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Function {FunctionName} failed")]
    public static partial void FunctionFailed(ILogger logger, string functionName, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Function {FunctionName} canceled: the caller went away")]
    public static partial void FunctionCanceled(ILogger logger, string functionName);
}
