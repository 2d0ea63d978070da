namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// A local host on its own Azurite, owned by one test that may stop and restart that Azurite (storage outages,
/// storage that arrives late). Extra arguments are configuration overrides (<c>--Key=value</c>).
/// </summary>
public sealed class AzuriteBackedHost : IAsyncDisposable
{
    private AzuriteBackedHost(AzuriteServer azurite, LocalHostServer server)
    {
        Azurite = azurite;
        Server = server;
    }

    public AzuriteServer Azurite { get; }

    public LocalHostServer Server { get; }

    public static async Task<AzuriteBackedHost> StartAsync(params string[] args)
    {
        var azurite = await AzuriteServer.StartAsync();
        try
        {
            return new AzuriteBackedHost(azurite, await LocalHostServer.StartAsync(null, [$"--AzureWebJobsStorage={azurite.ConnectionString}", .. args]));
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>A host whose storage went away after start: every storage call fails fast (1 s) and readiness is never cached.</summary>
    public static async Task<AzuriteBackedHost> StartWithStorageDownAsync()
    {
        var host = await StartAsync("--Health:StorageCheckCacheSeconds=0", "--Health:StorageTimeoutSeconds=1", "--Analytics:StorageTimeoutSeconds=1");
        await host.Azurite.StopAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
