using System.Diagnostics;

namespace NkFunctions.DeploymentTests.Infrastructure;

/// <summary>The real bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, run as a process.</summary>
internal static class BicepCli
{
    private static readonly Lazy<string> Executable = new(FindExecutable);

    /// <summary>Runs bicep with the arguments; <paramref name="environment"/> adds or, with a null value, removes variables.</summary>
    public static async Task<BicepRun> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the machine's azd environment may leak into a parameters build.
        foreach (var name in start.Environment.Keys.Where(IsParameterVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new BicepRun(process.ExitCode, await stdout, await stderr);
    }

    private static bool IsParameterVariable(string name) =>
        name.StartsWith("AZURE_", StringComparison.Ordinal) || name.StartsWith("NK_", StringComparison.Ordinal);

    private static string FindExecutable()
    {
        var path = Path.Combine(RepositoryFiles.BicepPackage, "tools", OperatingSystem.IsWindows() ? "bicep.exe" : "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The bicep CLI is missing from its NuGet package folder: restore the test project.", path);
        }

        // NuGet extracts without the execute bit on some set-ups (the package's own props rely on MSBuild tasks instead).
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | Execute);
            }
        }

        return path;
    }
}

/// <summary>What one bicep run printed, and how it ended.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Every diagnostic line: bicep prints warnings and errors (the linter's included) to standard error.</summary>
    public IReadOnlyList<string> Diagnostics =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>For assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}; stderr:\n{StandardError}";
}
