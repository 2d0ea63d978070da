using Microsoft.Extensions.Logging;

namespace NkFunctions.LocalHost;

/// <summary>Every log message the local host writes, generated at compile time.</summary>
internal static partial class Log
{
    /// <summary>Logger category for everything the local host itself says.</summary>
    public const string Category = "NkFunctions.LocalHost";

    /// <summary>
    /// Logger category for lines meant for the developer's console only (the generated function key): the local host's
    /// telemetry set-up keeps this category away from every exporter.
    /// </summary>
    public const string ConsoleOnlyCategory = "NkFunctions.LocalHost.ConsoleOnly";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Functions:")]
    public static partial void FunctionsHeader(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "    {FunctionName}: [{Methods}] {Url}")]
    public static partial void HttpFunction(ILogger logger, string functionName, string methods, string url);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "    {FunctionName}: {TriggerType} (listed only: the local host runs HTTP functions, and timer functions on demand)")]
    public static partial void OtherFunction(ILogger logger, string functionName, string triggerType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Function key: taken from {KeySource} (not shown). Send it as the x-functions-key header or the code query parameter.")]
    public static partial void KeyConfigured(ILogger logger, string keySource);

    // Printed once on purpose: the key is random per run and the developer needs it to call key-protected functions.
    // Log it to a ConsoleOnlyCategory logger: a key must never reach telemetry.
    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Function key (generated for this run; set NK_FUNCTION_KEY to choose one): {FunctionKey}")]
    public static partial void KeyGenerated(ILogger logger, string functionKey);

    // As the generated function key: random per run, needed for the admin API, and console-only.
    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Admin (master) key (generated for this run; set NK_ADMIN_KEY to choose one): {AdminKey}")]
    public static partial void AdminKeyGenerated(ILogger logger, string adminKey);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Serving {Count} HTTP functions from {MetadataPath} with route prefix '{RoutePrefix}'; {TimerCount} timer functions run on demand only")]
    public static partial void Serving(ILogger logger, int count, string metadataPath, string routePrefix, int timerCount);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "    {FunctionName}: timerTrigger \"{Schedule}\" (not scheduled locally) [POST] {Url}")]
    public static partial void TimerFunction(ILogger logger, string functionName, string schedule, string url);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Run a timer function now (the answer comes when it has finished): {Command}")]
    public static partial void RunTimerHint(ILogger logger, string command);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Function {FunctionName} failed")]
    public static partial void FunctionFailed(ILogger logger, string functionName, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Function {FunctionName} canceled: the caller went away")]
    public static partial void FunctionCanceled(ILogger logger, string functionName);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Function {FunctionName}: running on request (admin endpoint)")]
    public static partial void AdminRunning(ILogger logger, string functionName);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Function {FunctionName}: completed in {ElapsedMs:0} ms")]
    public static partial void AdminCompleted(ILogger logger, string functionName, double elapsedMs);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Function {FunctionName} is HTTP-triggered: answered 202 as the Functions host does, but not run (the local host runs HTTP functions at their routes only); call it at [{Methods}] {Path}")]
    public static partial void AdminHttpFunctionNotRun(ILogger logger, string functionName, string methods, string path);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Function {FunctionName}: canceled, the host is shutting down")]
    public static partial void AdminCanceled(ILogger logger, string functionName);
}
