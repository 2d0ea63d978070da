using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using HdrHistogram;
using NkBench.Hosting;

namespace NkBench.Read;

/// <summary>
/// An open-model load generator: a pacer thread releases requests at a fixed rate whatever the server does, kept-alive
/// connections take them in turn, and each latency is measured from the request's <em>intended</em> send time into an
/// HdrHistogram. A server that stalls is charged for every request that should have been sent during the stall (no
/// coordinated omission, unlike wrk's closed loop). The first <see cref="WarmUpSeconds"/> run at the same rate but
/// are not recorded (the client's own JIT, connection set-up). Runs as its own process on the client CPUs:
/// <c>NkBench.dll rate URL ACCEPT IF-NONE-MATCH|- EXPECTED-STATUS RATE SECONDS CONNECTIONS</c>.
/// </summary>
internal static class ConstantRateClient
{
    public const string Command = "rate";

    private const long HighestMicros = 60_000_000;
    private const double WarmUpSeconds = 0.5;

    /// <summary>Runs the client in a separate process pinned to <paramref name="cpus"/> and returns what it measured.</summary>
    public static async Task<RateResult> RunAsync(ReadTarget target, ReadRequest request, double rate, double seconds, int connections, string? cpus)
    {
        string[] args =
        [
            RepoPaths.SelfDll, Command, target.Url(request).ToString(), request.Accept, target.IfNoneMatch(request) ?? "-",
            request.ExpectedStatus.ToString(CultureInfo.InvariantCulture), rate.ToString("R", CultureInfo.InvariantCulture),
            seconds.ToString("R", CultureInfo.InvariantCulture), connections.ToString(CultureInfo.InvariantCulture),
        ];
        await using var client = ChildProcess.Start("dotnet", args, cpus);
        return RateResult.Parse(await client.WaitForSuccessAsync(TimeSpan.FromSeconds(seconds + 60)).ConfigureAwait(false));
    }

    /// <summary>The child process's entry point.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        var url = new Uri(args[0]);
        var ifNoneMatch = args[2] == "-" ? string.Empty : $"If-None-Match: {args[2]}\r\n";
        var request = Encoding.ASCII.GetBytes($"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nAccept: {args[1]}\r\n{ifNoneMatch}\r\n");
        var expected = int.Parse(args[3], CultureInfo.InvariantCulture);
        var rate = double.Parse(args[4], CultureInfo.InvariantCulture);
        var seconds = double.Parse(args[5], CultureInfo.InvariantCulture);
        var connections = int.Parse(args[6], CultureInfo.InvariantCulture);
        var result = await MeasureAsync(new IPEndPoint(IPAddress.Parse(url.Host), url.Port), request, expected, rate, seconds, connections).ConfigureAwait(false);
        Console.WriteLine(result.ToLine());
        return 0;
    }

    private static async Task<RateResult> MeasureAsync(IPEndPoint server, byte[] request, int expected, double rate, double seconds, int connections)
    {
        // Synchronous continuations: the pacer thread itself hands a request to an idle connection, which sends it
        // right away instead of waiting for a thread-pool hop.
        var queue = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = true, AllowSynchronousContinuations = true });
        var sockets = new List<Socket>();
        for (var i = 0; i < connections; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(server).ConfigureAwait(false);
            sockets.Add(socket);
        }

        var workers = sockets.Select(s => new Worker(s, request, expected)).ToList();
        var start = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 100);
        var measureFrom = start + (long)(WarmUpSeconds * Stopwatch.Frequency);
        var running = workers.Select(w => w.RunAsync(queue.Reader, measureFrom)).ToList();
        var pacer = new Thread(() => Pace(queue.Writer, start, rate, WarmUpSeconds + seconds)) { IsBackground = true, Name = "pacer", Priority = ThreadPriority.Highest };
        pacer.Start();
        await Task.WhenAll(running).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(measureFrom).TotalSeconds;
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }

        var latency = new LongHistogram(HighestMicros, 3);
        var lag = new LongHistogram(HighestMicros, 3);
        foreach (var worker in workers)
        {
            latency.Add(worker.Latency);
            lag.Add(worker.SendLag);
        }

        return new RateResult(
            rate, latency.TotalCount / elapsed, latency.TotalCount, workers.Sum(w => w.Errors),
            latency.GetValueAtPercentile(50), latency.GetValueAtPercentile(90), latency.GetValueAtPercentile(99),
            latency.GetValueAtPercentile(99.9), latency.GetMaxValue(), lag.GetValueAtPercentile(99));
    }

    // Releases request i at start + i / rate. Sleeps in usleep steps and spins only the last few tens of
    // microseconds, so the pacer is on time without burning its CPU between requests.
    private static void Pace(ChannelWriter<long> queue, long start, double rate, double seconds)
    {
        var period = Stopwatch.Frequency / rate;
        var count = (long)(rate * seconds);
        for (long i = 0; i < count; i++)
        {
            var intended = start + (long)(i * period);
            while (true)
            {
                var remaining = (intended - Stopwatch.GetTimestamp()) * 1_000_000 / Stopwatch.Frequency;
                if (remaining <= 0)
                {
                    break;
                }

                if (remaining > 120)
                {
                    _ = NativeMethods.usleep((uint)(remaining - 80));
                }
                else
                {
                    Thread.SpinWait(20);
                }
            }

            queue.TryWrite(intended);
        }

        queue.Complete();
    }

    private sealed class Worker(Socket socket, byte[] request, int expected)
    {
        private readonly byte[] _buffer = new byte[256 * 1024];

        public LongHistogram Latency { get; } = new(HighestMicros, 3);

        public LongHistogram SendLag { get; } = new(HighestMicros, 3);

        public long Errors { get; private set; }

        public async Task RunAsync(ChannelReader<long> queue, long measureFrom)
        {
            await foreach (var intended in queue.ReadAllAsync().ConfigureAwait(false))
            {
                var lag = Micros(Stopwatch.GetTimestamp() - intended);
                await socket.SendAsync(request).ConfigureAwait(false);
                var status = await Http1Response.ReadStatusAsync(socket, _buffer).ConfigureAwait(false);
                if (intended >= measureFrom)
                {
                    SendLag.RecordValue(Math.Clamp(lag, 0, HighestMicros));
                    Latency.RecordValue(Math.Min(HighestMicros, Micros(Stopwatch.GetTimestamp() - intended)));
                }

                if (status != expected)
                {
                    Errors++;
                }
            }
        }

        private static long Micros(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
    }
}
