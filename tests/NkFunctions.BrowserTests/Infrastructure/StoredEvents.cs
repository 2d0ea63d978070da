using System.Globalization;
using Azure.Data.Tables;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>Reads what the beacons stored, for tests that check Table Storage after a browser session.</summary>
internal static class StoredEvents
{
    /// <summary>Every entity of <paramref name="table"/>; none yet when the table does not exist (it is made with the first event).</summary>
    public static async Task<List<TableEntity>> ReadAllAsync(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var entities = new List<TableEntity>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>())
            {
                entities.Add(entity);
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // Not there yet: no events yet.
        }

        return entities;
    }

    /// <summary>A numeric property as a double, 0 when absent.</summary>
    public static double Number(TableEntity e, string name) =>
        e.TryGetValue(name, out var value) && value is not null ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;

    /// <summary>
    /// The table-dump privacy check: no property of any entity in any table holds one of <paramref name="forbidden"/>
    /// (the client's address, its user agent, a page URL, a private query value, ...).
    /// </summary>
    public static async Task AssertNothingPersonalAsync(TableServiceClient tables, IReadOnlyCollection<string> forbidden)
    {
        ArgumentNullException.ThrowIfNull(tables);
        await foreach (var table in tables.QueryAsync())
        {
            foreach (var entity in await ReadAllAsync(tables.GetTableClient(table.Name)))
            {
                foreach (var (key, value) in entity)
                {
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                    foreach (var bad in forbidden)
                    {
                        Assert.False(
                            text.Contains(bad, StringComparison.OrdinalIgnoreCase),
                            $"Table '{table.Name}', entity {entity.PartitionKey}/{entity.RowKey}, property {key} holds '{bad}': {text}");
                    }
                }
            }
        }
    }
}
