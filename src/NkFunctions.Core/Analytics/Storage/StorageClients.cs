using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Builds Table Storage clients from the Functions storage setting, each tuned for its callers' patience. The client
/// itself comes from Microsoft.Extensions.Azure's component factory, which turns a connection string into a key-signed
/// client, and <c>credential</c>/<c>clientId</c> settings into a token credential (managed identity in Azure).
/// </summary>
public static class StorageClients
{
    /// <summary>The Functions setting that names the storage account (connection string locally).</summary>
    public const string StorageSetting = StorageConnection.Setting;

    /// <summary>A client with the given per-call timeout and retry count (fixed 200 ms back-off).</summary>
    public static TableServiceClient Create(IConfiguration configuration, AzureComponentFactory factory, TimeSpan networkTimeout, int maxRetries)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(factory);
        var connection = StorageConnection.Read(configuration);
        var section = configuration.GetSection(StorageSetting);

        var options = (TableClientOptions)factory.CreateClientOptions(typeof(TableClientOptions), null, section);
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = networkTimeout;

        if (connection.Authentication == StorageAuthentication.ConnectionString)
        {
            return (TableServiceClient)factory.CreateClient(typeof(TableServiceClient), section, null, options);
        }

        return new TableServiceClient(connection.TableEndpoint!, factory.CreateTokenCredential(section), options);
    }
}
