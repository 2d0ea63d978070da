using System.Globalization;

namespace NkBench;

/// <summary>
/// Command line: <c>[--quick] [--only id,id] [--out FILE] [--rate N]</c>. Quick runs every scenario briefly (CI: the
/// harness must not rot; its figures mean little); full mode measures and updates BENCHMARKS.md.
/// </summary>
internal sealed record BenchOptions(bool Quick, IReadOnlySet<string>? Only, string? Out, double? Rate)
{
    public const string Usage = "usage: bench/run.sh [--quick] [--only read,conditional,ingest,reports,startup,site,micro] [--out FILE] [--rate REQUESTS_PER_SECOND]";

    public string Mode => Quick ? "quick" : "full";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var quick = false;
        HashSet<string>? only = null;
        string? output = null;
        double? rate = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--only" when i + 1 < args.Count:
                    only = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                case "--out" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--rate" when i + 1 < args.Count:
                    rate = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete option '{args[i]}'.\n{Usage}");
            }
        }

        return new BenchOptions(quick, only, output, rate);
    }
}
