using System.Net;
using Azure.Data.Tables;
using NkFunctions.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NkFunctions.IntegrationTests.Faults;

/// <summary>
/// Table Storage goes away in the middle of a beacon load and comes back: beacons in flight get 503 problem+json with
/// Retry-After, never a 2xx that was not stored; articles keep answering 200 throughout; clients retry, and afterwards
/// every event ever acknowledged is stored exactly once. The outage: every storage connection is cut (a proxy the test
/// controls), then the Azurite process is killed and started again on the same port with its on-disk data. The kill
/// waits for Azurite's periodic save (5 s) after the cut, because Azurite, unlike Table Storage, may lose the last
/// seconds it acknowledged when killed.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    private const int Clients = 8;
    private const int BeaconsPerClient = 30;

    [Fact]
    public async Task AzuriteStoppedMidLoad_503sThenRecovery_EveryAcknowledgedEventStoredExactlyOnce()
    {
        await using var azurite = await AzuriteServer.StartAsync(persistent: true);
        await using var proxy = StallingProxy.Start(azurite.Port);
        await using var server = await LocalHostServer.StartAsync(
            null,
            $"--AzureWebJobsStorage={proxy.ConnectionString}",
            "--Analytics:StorageTimeoutSeconds=1",
            "--Analytics:RetryAfterSeconds=1",
            "--Analytics:RequestTimeoutSeconds=3");
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var clients = Enumerable.Range(0, Clients).Select(i => new BeaconClient(http, $"198.51.100.{i + 1}")).ToList();
        var outage = new OutageWindow();
        var reads = ReadArticlesAsync(http, outage, stop.Token);

        var load = Task.WhenAll(clients.Select(c => c.RunAsync(BeaconsPerClient, stop.Token)));
        await Until(() => clients.Sum(c => c.Acknowledged.Count) >= 60, stop.Token); // a load under way, some of it stored
        outage.Begin();
        proxy.Sever();
        var saved = Task.Delay(TimeSpan.FromSeconds(6), stop.Token); // Azurite's autosave runs every 5 s
        await Until(() => clients.Sum(c => c.Answers.GetValueOrDefault(HttpStatusCode.ServiceUnavailable)) >= 2 * Clients, stop.Token);
        await saved;
        await azurite.StopAsync(); // killed
        await azurite.RestartAsync(); // same port, same data folder
        proxy.Pass();
        outage.End();
        await load;
        await outage.StopReadingAsync(reads);

        var acknowledged = clients.SelectMany(c => c.Acknowledged).ToList();
        var stored = new List<string>();
        await foreach (var entity in new TableClient(azurite.ConnectionString, "events").QueryAsync<TableEntity>(select: ["EventId"]))
        {
            stored.Add(entity.GetString("EventId"));
        }

        var refused = clients.Sum(c => c.Answers.GetValueOrDefault(HttpStatusCode.ServiceUnavailable));
        output.WriteLine($"outage: 1 (connections cut, Azurite killed and restarted on port {azurite.Port}); beacon answers: 202×{clients.Sum(c => c.Answers.GetValueOrDefault(HttpStatusCode.Accepted))}, 503×{refused}; events acknowledged {acknowledged.Count}, stored {stored.Count}, stored more than once {stored.Count - stored.Distinct().Count()}; article reads during the outage {outage.ReadsDuring}, all 200: {outage.Failures.IsEmpty}");
        Assert.Empty(clients.SelectMany(c => c.Violations));
        Assert.Equal(Clients * BeaconsPerClient * 3, acknowledged.Count);
        Assert.True(refused >= 2 * Clients, $"{refused} beacons refused during the outage");
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal)); // each once, nothing else
        Assert.True(outage.ReadsDuring > 0, "no article was read during the outage");
        Assert.Empty(outage.Failures);
    }

    private static async Task ReadArticlesAsync(HttpClient http, OutageWindow outage, CancellationToken stop)
    {
        while (!outage.ReadingStopped && !stop.IsCancellationRequested)
        {
            using var response = await http.GetAsync(new Uri("/api/articles/nk-cells-in-pregnancy/sections/introduction", UriKind.Relative), stop);
            outage.Read(response.StatusCode);
            await Task.Delay(10, stop);
        }
    }

    private static async Task Until(Func<bool> condition, CancellationToken stop)
    {
        while (!condition())
        {
            await Task.Delay(20, stop);
        }
    }

    private sealed class OutageWindow
    {
        private volatile bool _during;
        private int _readsDuring;

        public bool ReadingStopped { get; private set; }

        public int ReadsDuring => Volatile.Read(ref _readsDuring);

        public System.Collections.Concurrent.ConcurrentBag<HttpStatusCode> Failures { get; } = [];

        public void Begin() => _during = true;

        public void End() => _during = false;

        public void Read(HttpStatusCode status)
        {
            if (status != HttpStatusCode.OK)
            {
                Failures.Add(status);
            }

            if (_during)
            {
                Interlocked.Increment(ref _readsDuring);
            }
        }

        public async Task StopReadingAsync(Task reads)
        {
            ReadingStopped = true;
            await reads;
        }
    }
}
