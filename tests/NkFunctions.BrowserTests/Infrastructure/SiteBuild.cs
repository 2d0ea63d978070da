using System.Diagnostics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// Builds the sample site (samples/site) with Eleventy, pinned in package.json, against a running API: the same
/// <c>node …/@11ty/eleventy/cmd.cjs</c> that <c>npx @11ty/eleventy</c> runs, with the site's environment variables.
/// </summary>
internal static class SiteBuild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Builds into a fresh temporary folder and returns it; fails with Eleventy's output if the build does.</summary>
    public static async Task<string> RunAsync(Uri apiBase, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(apiBase);
        ArgumentNullException.ThrowIfNull(environment);
        var eleventy = Path.Combine(RepoPaths.Root, "node_modules", "@11ty", "eleventy", "cmd.cjs");
        if (!File.Exists(eleventy))
        {
            throw new InvalidOperationException("@11ty/eleventy is missing: run npm ci in the repository root.");
        }

        var output = Path.Combine(Path.GetTempPath(), "nk-site-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "samples", "site"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(eleventy);
        start.ArgumentList.Add("--output=" + output);
        start.Environment["NK_API_BASE"] = apiBase.GetLeftPart(UriPartial.Authority);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Eleventy did not finish within {Timeout.TotalSeconds:0} s: {await log}\n{await errors}");
        }

        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"Eleventy failed (exit {process.ExitCode}): {await log}\n{await errors}");
    }
}
