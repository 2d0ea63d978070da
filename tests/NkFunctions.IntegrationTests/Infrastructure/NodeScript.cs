using System.Diagnostics;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>Runs a test's node script (with the repository's node_modules) over text written to temporary files.</summary>
internal static class NodeScript
{
    /// <summary>The script's exit code and output; <paramref name="inputs"/> are written to files passed after <paramref name="args"/>.</summary>
    /// <param name="package">A package the script imports, checked first so a missing <c>npm ci</c> says so.</param>
    /// <param name="script">The script, relative to the repository root.</param>
    /// <param name="args">Arguments before the input files.</param>
    /// <param name="inputs">Texts to hand the script as files.</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string package, string script, IEnumerable<string> args, IEnumerable<string> inputs)
    {
        Assert.True(
            Directory.Exists(Path.Combine(RepoPaths.Root, "node_modules", package)),
            "Run `npm ci` at the repository root first (the test script does).");
        var files = new List<string>();
        try
        {
            foreach (var input in inputs)
            {
                var file = Path.Combine(Path.GetTempPath(), "nk-node-" + Guid.NewGuid().ToString("N"));
                await File.WriteAllTextAsync(file, input);
                files.Add(file);
            }

            var start = new ProcessStartInfo("node") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(RepoPaths.Root, script) }.Concat(args).Concat(files))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }
}
