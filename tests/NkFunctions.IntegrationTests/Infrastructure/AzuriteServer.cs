using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// A real Azurite Table service (from the repository's node_modules) on a free loopback port, owned by the test that
/// started it: tests can stop and restart it to simulate storage outages. In memory by default; persistent (a temporary
/// folder) when a test needs the data to outlive a restart. The benchmarks in bench/ start it too, optionally pinned
/// to one CPU, and read the CPU time it spent.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key (public, documented by Microsoft).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _location;
    private readonly int? _cpu;
    private readonly string[] _extraArguments;
    private Process? _process;

    private AzuriteServer(int port, string? location, int? cpu, string[]? extraArguments = null)
    {
        Port = port;
        _location = location;
        _cpu = cpu;
        _extraArguments = extraArguments ?? [];
    }

    public int Port { get; }

    /// <summary>A connection string for this instance, in the form the AzureWebJobsStorage setting takes.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>CPU time the server (one Node process, single-threaded JavaScript) has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            var process = _process ?? throw new InvalidOperationException("Azurite is not running.");
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Starts a new instance: <paramref name="persistent"/> keeps its data in a temporary folder across restarts;
    /// <paramref name="cpu"/> pins it to that CPU (with taskset) for benchmarks.
    /// </summary>
    public static async Task<AzuriteServer> StartAsync(bool persistent = false, int? cpu = null)
    {
        var location = persistent ? Path.Combine(Path.GetTempPath(), "nk-azurite-" + Guid.NewGuid().ToString("N")) : null;
        var server = new AzuriteServer(LoopbackPorts.Free(), location, cpu);
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>
    /// Starts an instance that speaks HTTPS with the given PEM certificate and accepts Microsoft Entra bearer tokens
    /// (<c>--oauth basic</c>: issuer, audience and lifetime are checked, the signature is not), as Table Storage does
    /// for a managed identity. Its endpoint is <c>https://127.0.0.1:{Port}/devstoreaccount1</c>.
    /// </summary>
    public static async Task<AzuriteServer> StartWithOAuthAsync(string certificatePemPath, string keyPemPath)
    {
        var server = new AzuriteServer(LoopbackPorts.Free(), null, null, ["--cert", certificatePemPath, "--key", keyPemPath, "--oauth", "basic"]);
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>
    /// Kills the process (an outage). In memory, its data is lost with it. Persistent, it keeps what it had saved: Azurite
    /// writes its database to disk every 5 s, so a test that needs everything acknowledged to survive cuts the traffic
    /// first (<see cref="StallingProxy.Sever"/>) and waits for a save, which real Table Storage never needs.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts it again on the same port: empty in memory, with its data when persistent.</summary>
    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private async Task StartProcessAsync()
    {
        var executable = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run `npm ci` at the repository root (scripts/test.sh does).");
        }

        // The shim is a symlink to Azurite's main.js (a node shebang), and taskset execs in place: either way the
        // process started is the Node server itself, so its CPU time is Azurite's.
        var start = new ProcessStartInfo(_cpu is null ? executable : "taskset")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_cpu is { } cpu)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(cpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(executable);
        }

        // --disableTelemetry: Azurite (3.35) otherwise reports usage to an outside address; tests and benchmarks stay on loopback.
        string[] storage = _location is null ? ["--inMemoryPersistence"] : ["--location", _location];
        foreach (var arg in (string[])["--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. storage, "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry", .. _extraArguments])
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on {Port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on {Port} within 30 s.");
    }
}
