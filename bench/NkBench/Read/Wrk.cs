using System.Globalization;
using System.Text.RegularExpressions;
using NkBench.Hosting;

namespace NkBench.Read;

/// <summary>
/// wrk (Debian's package) at saturation: a fixed number of kept-alive connections, each sending its next request
/// as soon as the last answer arrived. Its latency percentiles therefore include queueing behind the server's
/// saturation (coordinated omission); <see cref="ConstantRateClient"/> measures latency at a fixed rate instead.
/// </summary>
internal static partial class Wrk
{
    public const string Executable = "/usr/bin/wrk";

    public static async Task<WrkResult> RunAsync(Uri url, string accept, string? ifNoneMatch, int connections, double seconds, string? cpus)
    {
        List<string> args = ["-t1", "-c" + connections.ToString(CultureInfo.InvariantCulture), "-d" + Seconds(seconds), "--latency", "-H", "Accept: " + accept];
        if (ifNoneMatch is not null)
        {
            args.AddRange(["-H", "If-None-Match: " + ifNoneMatch]);
        }

        args.Add(url.ToString());
        await using var wrk = ChildProcess.Start(Executable, args, cpus);
        var output = await wrk.WaitForSuccessAsync(TimeSpan.FromSeconds(seconds + 60)).ConfigureAwait(false);
        return Parse(output);
    }

    /// <summary>Reads requests/s, p50, p99 and the error counts from wrk's --latency output.</summary>
    public static WrkResult Parse(string output)
    {
        var rps = RequestsPerSecond().Match(output);
        var p50 = Percentile().Matches(output).FirstOrDefault(m => m.Groups[1].Value == "50");
        var p99 = Percentile().Matches(output).FirstOrDefault(m => m.Groups[1].Value == "99");
        if (!rps.Success || p50 is null || p99 is null)
        {
            throw new InvalidDataException("Unexpected wrk output:\n" + output);
        }

        var non2xx = NonSuccess().Match(output);
        var socketErrors = SocketErrors().Match(output);
        var errors = (non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
            + (socketErrors.Success ? socketErrors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);
        return new WrkResult(
            double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
            Micros(p50.Groups[2].Value, p50.Groups[3].Value),
            Micros(p99.Groups[2].Value, p99.Groups[3].Value),
            errors);
    }

    private static string Seconds(double seconds) => Math.Max(1, (int)Math.Round(seconds)).ToString(CultureInfo.InvariantCulture) + "s";

    private static double Micros(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number,
            "ms" => number * 1_000,
            "s" => number * 1_000_000,
            "m" => number * 60_000_000,
            _ => throw new InvalidDataException($"Unknown wrk time unit '{unit}'."),
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+(50|75|90|99)%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

/// <summary>One wrk run: requests/s, latency percentiles in microseconds, and failed requests.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Micros, double P99Micros, long Errors);
