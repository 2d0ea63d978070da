using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Storage;

namespace NkFunctions.Core.Health;

/// <summary>
/// Asks Table Storage for the events table by name, through the same client and credential the beacons use. A table
/// query is the cheapest call that proves the whole path: network, TLS, the token (or key), and the identity's data
/// role (Storage Table Data Contributor grants it; a missing role answers 403, told apart from an outage).
/// </summary>
public sealed class StorageProbe(TableServiceClient service, IOptions<HealthOptions> options, TimeProvider time, ILogger<StorageProbe> logger)
{
    private static readonly string Filter = $"TableName eq '{EventTable.Name}'";

    /// <summary>Runs one check; never throws for a storage failure, only for the caller's own cancellation.</summary>
    public async Task<StorageCheck> CheckAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.StorageTimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await foreach (var _ in service.QueryAsync(Filter, maxPerPage: 1, deadline.Token).AsPages().ConfigureAwait(false))
            {
                break;
            }

            return Result("reachable", reachable: true, started, null);
        }
        catch (RequestFailedException e) when (e.Status is 401 or 403)
        {
            HealthLog.StorageRefused(logger, e, e.Status);
            return Result("forbidden", reachable: false, started, "Storage refused the app's credentials: check the identity's Storage Table Data Contributor role (new role assignments take minutes to apply).");
        }
        catch (AuthenticationFailedException e)
        {
            HealthLog.CredentialUnavailable(logger, e);
            return Result("credential-unavailable", reachable: false, started, "No token could be obtained for storage: check the AzureWebJobsStorage__credential and __clientId settings and the app's managed identity.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && StorageFailures.IsUnavailable(e, cancellationToken))
        {
            HealthLog.StorageUnreachable(logger, e);
            return Result("unreachable", reachable: false, started, "Storage did not answer in time or refused the connection.");
        }
    }

    private StorageCheck Result(string status, bool reachable, long started, string? detail) =>
        new(status, reachable, Stopwatch.GetElapsedTime(started), time.GetUtcNow(), detail);
}
