namespace NkFunctions.Core.Analytics.Storage;

/// <summary>How the app proves itself to the storage account.</summary>
public enum StorageAuthentication
{
    /// <summary>A connection string with an account key (Azurite locally, or a key-based account).</summary>
    ConnectionString,

    /// <summary>A Microsoft Entra token (managed identity in Azure): no key anywhere in the app's settings.</summary>
    Identity,
}
