using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Configuration;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Where the storage account is and how to reach it, read the way the Functions host reads its own storage setting:
/// <c>AzureWebJobsStorage</c> holding a connection string (locally), or identity-based settings under it
/// (<c>AzureWebJobsStorage__accountName</c> or <c>__tableServiceUri</c>, with <c>__credential</c> and
/// <c>__clientId</c>) as in Azure. Sharing the host's setting means one account and one identity for both.
/// </summary>
public sealed partial record StorageConnection(StorageAuthentication Authentication, string AccountName, Uri? TableEndpoint)
{
    /// <summary>The Functions setting that names the storage account.</summary>
    public const string Setting = "AzureWebJobsStorage";

    private const string DevelopmentAccount = "devstoreaccount1";

    /// <summary>Reads the setting, failing with the setting's name and both accepted forms when it is missing or malformed.</summary>
    public static StorageConnection Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Setting);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return new StorageConnection(StorageAuthentication.ConnectionString, AccountFromConnectionString(section.Value), null);
        }

        var serviceUri = section["tableServiceUri"];
        if (!string.IsNullOrWhiteSpace(serviceUri))
        {
            // Bearer tokens travel only over TLS: the SDK refuses them on http, so say so at start rather than on first write.
            if (!Uri.TryCreate(serviceUri, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
            {
                throw Invalid($"{Setting}__tableServiceUri must be an absolute https URL (got '{serviceUri}').");
            }

            return new StorageConnection(StorageAuthentication.Identity, AccountFromEndpoint(endpoint), endpoint);
        }

        var accountName = section["accountName"];
        if (!string.IsNullOrWhiteSpace(accountName))
        {
            if (!AccountNamePattern().IsMatch(accountName))
            {
                throw Invalid($"{Setting}__accountName must be a storage account name: 3 to 24 lowercase letters and digits (got '{accountName}').");
            }

            return new StorageConnection(StorageAuthentication.Identity, accountName, new Uri($"https://{accountName}.table.core.windows.net/"));
        }

        throw Invalid(
            $"{Setting} must be set: a connection string (UseDevelopmentStorage=true for Azurite), or for identity-based access "
            + $"{Setting}__accountName (or {Setting}__tableServiceUri) with {Setting}__credential=managedidentity and {Setting}__clientId.");
    }

    private static string AccountFromConnectionString(string connectionString)
    {
        var pairs = SettingPairs.Parse(connectionString);
        return pairs?.GetValueOrDefault("AccountName")
            ?? (pairs?.ContainsKey("UseDevelopmentStorage") == true ? DevelopmentAccount : "unknown");
    }

    // https://{account}.table.core.windows.net, or path-style https://host:port/{account} (Azurite and other emulators).
    private static string AccountFromEndpoint(Uri endpoint)
    {
        var path = endpoint.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            return path.Split('/')[0];
        }

        var dot = endpoint.Host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? endpoint.Host[..dot] : endpoint.Host;
    }

    private static OptionsValidationException Invalid(string message) =>
        new(Setting, typeof(TableServiceClient), [message]);

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex AccountNamePattern();
}
