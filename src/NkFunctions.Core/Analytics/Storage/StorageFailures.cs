using System.Net.Sockets;
using Azure;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Which exceptions mean "storage is down or too slow" (answer 503, the client retries) rather than a bug (500).
/// Azure.Core throws an AggregateException when every retry failed, so the inner exceptions decide.
/// </summary>
public static class StorageFailures
{
    /// <summary>True for storage outages, timeouts and refusals; false for the caller's own cancellation.</summary>
    public static bool IsUnavailable(Exception exception, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            StorageUnavailableException or RequestFailedException or TimeoutException or HttpRequestException or SocketException or IOException => true,
            OperationCanceledException => !requestAborted.IsCancellationRequested,
            AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => IsUnavailable(e, requestAborted)),
            _ => false,
        };
    }
}
