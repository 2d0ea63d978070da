using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NkBench.Report;

/// <summary>What a reader needs to judge the figures: when, which commit, what machine, how busy it already was.</summary>
internal sealed record MachineInfo(DateTime StartedUtc, string Commit, int Cpus, string CpuModel, string MemoryGiB, string Os, string Sdk, string Runtime, string LoadAtStart)
{
    public static MachineInfo Capture(string repo) => new(
        DateTime.UtcNow,
        Run("git", repo, "rev-parse", "--short", "HEAD") + (Run("git", repo, "status", "--porcelain", "--untracked-files=no").Length > 0 ? " (with uncommitted changes)" : string.Empty),
        Environment.ProcessorCount,
        ReadCpuModel(),
        (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024)).ToString("F0", CultureInfo.InvariantCulture),
        RuntimeInformation.OSDescription,
        Run("dotnet", repo, "--version"),
        RuntimeInformation.FrameworkDescription,
        LoadAverage());

    /// <summary>The 1-, 5- and 15-minute load averages (runnable tasks; above the CPU count means others were competing).</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string ReadCpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Run(string file, string directory, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
