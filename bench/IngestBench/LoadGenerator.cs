using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// The client side of the ingest benchmark, run as its own process so its CPU is measured apart from the host's.
/// Each of N connections posts 3-event beacons (text/plain, as sendBeacon does) one after another on a kept-alive
/// HTTP/1.1 connection with hand-built requests, so a beacon costs the client little more than two system calls.
/// Unlike wrk, it stops gracefully: after the deadline every connection waits for its last answer, so every beacon
/// sent is either acknowledged or refused and the events can be counted back exactly.
/// </summary>
internal static class LoadGenerator
{
    private const string Article = "nk-cells-in-pregnancy";
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    /// <summary>The result line the orchestrator parses.</summary>
    public sealed record Result(long AcceptedBeacons, long RefusedBeacons, double Seconds, double CpuSeconds)
    {
        public string Format() => string.Create(CultureInfo.InvariantCulture, $"RESULT {AcceptedBeacons} {RefusedBeacons} {Seconds:R} {CpuSeconds:R}");

        public static Result Parse(string output)
        {
            var line = output.Split('\n').Single(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
            return new Result(
                long.Parse(line[1], CultureInfo.InvariantCulture),
                long.Parse(line[2], CultureInfo.InvariantCulture),
                double.Parse(line[3], CultureInfo.InvariantCulture),
                double.Parse(line[4], CultureInfo.InvariantCulture));
        }
    }

    /// <summary><c>--generate PORT CLIENTS SECONDS RUNID</c>: runs the load and prints <see cref="Result"/>.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        var port = int.Parse(args[1], CultureInfo.InvariantCulture);
        var clients = int.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = double.Parse(args[3], CultureInfo.InvariantCulture);
        var run = args[4];
        var accepted = 0L;
        var refused = 0L;
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var (a, r) = await ClientAsync(port, $"{run}c{c}n", stopAt);
            Interlocked.Add(ref accepted, a);
            Interlocked.Add(ref refused, r);
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine(new Result(accepted, refused, elapsed, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds).Format());
        return 0;
    }

    private static async Task<(long Accepted, long Refused)> ClientAsync(int port, string prefix, long stopAt)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        var request = new byte[2048];
        var response = new byte[4096];
        long accepted = 0, refused = 0;
        for (var n = 0; Stopwatch.GetTimestamp() < stopAt; n++)
        {
            var length = Build(request, prefix + n.ToString(CultureInfo.InvariantCulture));
            await socket.SendAsync(request.AsMemory(0, length));
            if (await Http1Response.ReadStatusAsync(socket, response) == 202)
            {
                accepted++;
            }
            else
            {
                refused++;
            }
        }

        return (accepted, refused);
    }

    private static int Build(byte[] buffer, string pv)
    {
        var body = $$"""{"article":"{{Article}}","pageview":"{{pv}}","events":[{"id":"{{pv}}-0","type":"pageview"},{"id":"{{pv}}-1","type":"section","section":"introduction"},{"id":"{{pv}}-2","type":"engagement","engagedMs":5000,"scrollDepth":40}]}""";
        var head = $"POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain;charset=UTF-8\r\nUser-Agent: {UserAgent}\r\nContent-Length: {body.Length}\r\n\r\n";
        var written = Encoding.ASCII.GetBytes(head, buffer);
        return written + Encoding.ASCII.GetBytes(body, buffer.AsSpan(written));
    }
}
