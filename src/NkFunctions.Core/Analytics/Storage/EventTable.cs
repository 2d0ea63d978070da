using Azure.Data.Tables;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>The raw events table, created on first use.</summary>
public sealed class EventTable(TableServiceClient service) : TableOnFirstUse(service, Name)
{
    /// <summary>The table name.</summary>
    public const string Name = "events";
}
