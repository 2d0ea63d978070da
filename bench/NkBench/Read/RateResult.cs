using System.Globalization;
using System.Text.Json;

namespace NkBench.Read;

/// <summary>
/// What the constant-rate client measured: requests sent at the intended rate, latency percentiles from each
/// request's intended send time (microseconds), and how late requests left the client (waiting for the pacer, the
/// client's CPU, or a free connection while the server stalled): part of the latency, shown apart.
/// </summary>
internal sealed record RateResult(
    double TargetRate, double AchievedRate, long Requests, long Errors,
    double P50, double P90, double P99, double P999, double Max, double SendLagP99)
{
    private const string Prefix = "RATE ";

    public string ToLine() => Prefix + JsonSerializer.Serialize(this);

    public static RateResult Parse(string output)
    {
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new InvalidDataException("The constant-rate client printed no result:\n" + output);
        return JsonSerializer.Deserialize<RateResult>(line[Prefix.Length..]) ?? throw new InvalidDataException(line);
    }

    public string Percentiles => string.Create(CultureInfo.InvariantCulture, $"{Us(P50)} / {Us(P90)} / {Us(P99)} / {Us(P999)} / {Us(Max)}");

    /// <summary>Microseconds, or milliseconds from 10 ms up.</summary>
    public static string Us(double micros) => micros >= 10_000
        ? string.Create(CultureInfo.InvariantCulture, $"{micros / 1000:F1} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{micros:F0} µs");
}
