using System.Diagnostics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// Plausible's official tracker, <c>@plausible-analytics/tracker</c> (an ES module, pinned in package.json), bundled
/// for a page with esbuild (also pinned) when a test first asks for it: an IIFE that sets <c>window.Plausible</c> to
/// the package's exports (<c>init</c>, <c>track</c>). Nothing of it is copied into the repository.
/// </summary>
internal static class PlausibleTrackerBundle
{
    // esbuild's JavaScript API finds its native binary for this platform, whatever npm did with bin/esbuild.
    private const string BuildScript = """
        require('esbuild').build({
          stdin: { contents: "export { init, track } from '@plausible-analytics/tracker';", resolveDir: process.cwd(), loader: 'js' },
          bundle: true, format: 'iife', globalName: 'Plausible', write: false, logLevel: 'error',
        }).then(r => process.stdout.write(r.outputFiles[0].text), e => { console.error(e.message); process.exit(1); });
        """;

    private static readonly Lazy<Task<string>> Bundle = new(BuildAsync);

    public static Task<string> GetAsync() => Bundle.Value;

    private static async Task<string> BuildAsync()
    {
        var esbuild = Path.Combine(RepoPaths.Root, "node_modules", "esbuild", "package.json");
        var package = Path.Combine(RepoPaths.Root, "node_modules", "@plausible-analytics", "tracker", "package.json");
        if (!File.Exists(esbuild) || !File.Exists(package))
        {
            throw new InvalidOperationException("esbuild or @plausible-analytics/tracker is missing: run npm ci in the repository root.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-"); // the script comes on stdin; require() resolves from the repository root

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        await process.StandardInput.WriteAsync(BuildScript);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException("esbuild failed: " + await errors);
    }
}
