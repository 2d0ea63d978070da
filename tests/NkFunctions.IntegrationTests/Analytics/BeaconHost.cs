using Azure.Data.Tables;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>A real Azurite plus the local host pointed at it, for one test, which may stop and restart that Azurite.</summary>
internal sealed class BeaconHost : IAsyncDisposable
{
    private BeaconHost(AzuriteServer azurite, LocalHostServer server)
    {
        Azurite = azurite;
        Server = server;
        Tables = new TableServiceClient(azurite.ConnectionString);
    }

    public AzuriteServer Azurite { get; }

    public LocalHostServer Server { get; }

    public TableServiceClient Tables { get; }

    public HttpClient Client => Server.Client;

    public static async Task<BeaconHost> StartAsync(params string[] args)
    {
        var azurite = await AzuriteServer.StartAsync();
        var server = await LocalHostServer.StartAsync(null, [$"--AzureWebJobsStorage={azurite.ConnectionString}", "--Analytics:StorageTimeoutSeconds=2", .. args]);
        return new BeaconHost(azurite, server);
    }

    /// <summary>A host whose storage went away after start: storage calls fail fast (1 s) and readiness is never cached.</summary>
    public static async Task<BeaconHost> StartWithStorageDownAsync()
    {
        var host = await StartAsync("--Health:StorageCheckCacheSeconds=0", "--Health:StorageTimeoutSeconds=1", "--Analytics:StorageTimeoutSeconds=1");
        await host.Azurite.StopAsync();
        return host;
    }

    /// <summary>Every entity of the events table (empty when the table does not exist).</summary>
    public async Task<List<TableEntity>> EventsAsync()
    {
        var list = new List<TableEntity>();
        await foreach (var table in Tables.QueryAsync(t => t.Name == "events"))
        {
            await foreach (var entity in Tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                list.Add(entity);
            }
        }

        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
