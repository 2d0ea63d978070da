using Azure.Data.Tables;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

/// <summary>Hands out one fake table, whatever the name.</summary>
internal sealed class FakeTableService(TableClient table) : TableServiceClient
{
    public string? RequestedName { get; private set; }

    public override TableClient GetTableClient(string tableName)
    {
        RequestedName = tableName;
        return table;
    }
}
