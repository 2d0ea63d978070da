using Azure;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// Callers of the salt store treat <see cref="RequestFailedException"/> as "storage unavailable" (503). Azure.Core
/// reports some outages differently; these turn them into one.
/// </summary>
internal static class SaltStoreFailures
{
    /// <summary>
    /// When every retry fails without a response (storage unreachable, or each attempt timed out), Azure.Core throws
    /// an AggregateException of the attempts' exceptions; anything else is returned unchanged.
    /// </summary>
    public static Exception Normalize(AggregateException exception) =>
        exception.InnerExceptions.Count > 0 && exception.InnerExceptions.All(e => e is RequestFailedException or OperationCanceledException)
            ? new RequestFailedException($"Table Storage could not be reached: {exception.InnerExceptions[^1].Message}", exception)
            : exception;

    /// <summary>
    /// For work that runs without any caller's token: there, a cancellation can only be the SDK's network timeout,
    /// which is an outage too.
    /// </summary>
    public static Exception NormalizeUncancellable(Exception exception) => exception switch
    {
        AggregateException aggregate => Normalize(aggregate),
        OperationCanceledException timeout => new RequestFailedException($"Table Storage timed out: {timeout.Message}", timeout),
        _ => exception,
    };
}
