using System.Globalization;

namespace NkBench.Hosting;

/// <summary>
/// Which CPUs servers and load generators run on. With two or more CPUs and taskset, servers get the first half and
/// clients the second, so a load generator never steals the CPU of the server it measures; with one CPU, nothing is
/// pinned and the report says so.
/// </summary>
internal sealed class Cpus
{
    private Cpus(int count, bool pinned)
    {
        Count = count;
        Pinned = pinned;
        var half = Math.Max(1, count / 2);
        Servers = pinned ? Range(0, half - 1) : null;
        Clients = pinned ? Range(half, count - 1) : null;
        All = pinned ? Range(0, count - 1) : null;
    }

    public int Count { get; }

    public bool Pinned { get; }

    /// <summary>taskset list for servers (null: not pinned).</summary>
    public string? Servers { get; }

    /// <summary>taskset list for load generators (null: not pinned).</summary>
    public string? Clients { get; }

    /// <summary>Every CPU: for programs that place their own processes (the ingest benchmark).</summary>
    public string? All { get; }

    public string Describe => Pinned ? $"servers on CPU {Servers}, load generators on CPU {Clients}" : "nothing pinned (one CPU or no taskset)";

    public static Cpus Detect()
    {
        var count = Environment.ProcessorCount;
        var taskset = File.Exists("/usr/bin/taskset") || File.Exists("/bin/taskset");
        return new Cpus(count, count >= 2 && taskset);
    }

    /// <summary>A taskset CPU list from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static string Range(int first, int last) =>
        first == last ? first.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{first}-{last}");
}
