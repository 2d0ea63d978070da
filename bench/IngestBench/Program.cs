// Beacon ingest benchmark (issue 3): N concurrent clients post beacons to POST /api/events on the local host, which
// writes into a real Azurite, once with the group-commit writer and once with one storage call per event; then the
// events are counted back from the table (zero lost, zero duplicated) and Azurite's own ceiling (batches of 100
// written directly) is measured for reference. Run: bench/ingest.sh [--quick]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.LocalHost;

var quick = args.Contains("--quick");
var clients = 64;
var seconds = quick ? 3 : 20;
var repo = FindRepo();

Console.WriteLine("| writer | events/s | accepted events | stored (counted back) | storage transactions | transactions per 1,000 events | non-2xx |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var group = await RunAsync("GroupCommit");
var naive = await RunAsync("PerEvent");
var ceiling = await AzuriteCeilingAsync();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Group commit vs per-event: {group / naive:F1}x. Azurite's ceiling (batches of 100, direct, 8 writers): {ceiling:F0} entities/s."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {clients} clients, {seconds} s per writer, 3 events per beacon, {DateTime.UtcNow:yyyy-MM-dd}."));

async Task<double> RunAsync(string mode)
{
    await using var azurite = await Azurite.StartAsync(repo);
    var app = LocalHostApp.Build([
        "--urls=http://127.0.0.1:0", "--environment=Production", "--Logging:LogLevel:Default=Warning",
        $"--Content:Root={Path.Combine(repo, "content")}", $"--AzureWebJobsStorage={azurite.ConnectionString}",
        $"--Analytics:WriteMode={mode}", "--Analytics:QueueCapacity=1000000",
    ]);
    await app.StartAsync();
    var stats = app.Services.GetRequiredService<WriterStats>();
    using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    var accepted = 0L;
    var failed = 0L;
    var stop = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, clients).Select(async _ =>
    {
        while (stop.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var pv = "pv" + Guid.NewGuid().ToString("N")[..20];
            var body = $$"""{"article":"nk-cells-in-pregnancy","pageview":"{{pv}}","events":[{"id":"{{pv}}-0","type":"pageview"},{"id":"{{pv}}-1","type":"section","section":"introduction"},{"id":"{{pv}}-2","type":"engagement","engagedMs":5000,"scrollDepth":40}]}""";
            using var content = new StringContent(body, Encoding.UTF8, "text/plain");
            using var response = await http.PostAsync(new Uri("/api/events", UriKind.Relative), content);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                Interlocked.Add(ref accepted, 3);
            }
            else
            {
                Interlocked.Increment(ref failed);
            }
        }
    });
    await Task.WhenAll(workers);
    var elapsed = stop.Elapsed.TotalSeconds;
    await app.StopAsync();
    var transactions = stats.Transactions;
    await app.DisposeAsync();

    var stored = 0L;
    var table = new TableClient(azurite.ConnectionString, EventTable.Name);
    await foreach (var _ in table.QueryAsync<TableEntity>(select: ["RowKey"]))
    {
        stored++;
    }

    var rate = accepted / elapsed;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {mode} | {rate:F0} | {accepted} | {stored} | {transactions} | {transactions * 1000.0 / Math.Max(1, accepted):F1} | {failed} |"));
    return rate;
}

async Task<double> AzuriteCeilingAsync()
{
    await using var azurite = await Azurite.StartAsync(repo);
    var table = new TableClient(azurite.ConnectionString, "ceiling");
    await table.CreateIfNotExistsAsync();
    var written = 0L;
    var stop = Stopwatch.StartNew();
    var writers = Enumerable.Range(0, 8).Select(async w =>
    {
        var n = 0;
        while (stop.Elapsed < TimeSpan.FromSeconds(quick ? 2 : 10))
        {
            var partition = $"p{w}";
            var batch = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"{n}-{i}") { ["Type"] = "pageview" }));
            await table.SubmitTransactionAsync(batch);
            n++;
            Interlocked.Add(ref written, 100);
        }
    });
    await Task.WhenAll(writers);
    return written / stop.Elapsed.TotalSeconds;
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NkFunctions.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

/// <summary>An in-memory Azurite Table service on a free port.</summary>
internal sealed class Azurite : IAsyncDisposable
{
    private readonly Process _process;

    private Azurite(Process process, int port)
    {
        _process = process;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<Azurite> StartAsync(string repo)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var start = new ProcessStartInfo(Path.Combine(repo, "node_modules", ".bin", "azurite-table"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent" })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new Azurite(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("Azurite did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
