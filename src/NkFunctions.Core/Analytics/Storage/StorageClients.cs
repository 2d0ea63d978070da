using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>Builds Table Storage clients from the Functions storage setting, each tuned for its callers' patience.</summary>
public static class StorageClients
{
    /// <summary>The Functions setting that names the storage account (connection string locally).</summary>
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>A client with the given per-call timeout and retry count (fixed 200 ms back-off).</summary>
    public static TableServiceClient Create(IConfiguration configuration, TimeSpan networkTimeout, int maxRetries)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = configuration[StorageSetting];
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new OptionsValidationException(StorageSetting, typeof(TableServiceClient), [$"{StorageSetting} must be set to a storage connection string (UseDevelopmentStorage=true for Azurite)."]);
        }

        var options = new TableClientOptions();
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = networkTimeout;
        return new TableServiceClient(connection, options);
    }
}
