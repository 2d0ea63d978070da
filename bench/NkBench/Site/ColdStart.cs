using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NkBench.Hosting;

namespace NkBench.Site;

/// <summary>
/// One cold start of the local host (Release, a new process: JIT cold, OS file cache warm) over a content folder:
/// time from starting the process to its first 200 on <c>/api/articles</c>, then to the first 200 of one article,
/// the process's resident memory then, and the content load time and managed heap the host logged.
/// </summary>
internal sealed partial record ColdStart(double ListMs, double ArticleMs, long ResidentKiB, double? LoadMs, double? HeapMiB)
{
    /// <summary>Starts the host on <paramref name="root"/> and measures; the caller owns (and stops) the returned process.</summary>
    /// <param name="paths">The repository's programs.</param>
    /// <param name="cpus">CPUs to pin the host to; any when null.</param>
    /// <param name="root">The content root.</param>
    /// <param name="prerendered">The build's prerendered folder for that content; a folder that does not exist renders everything.</param>
    /// <param name="slug">An article to ask for after the list.</param>
    public static async Task<(ColdStart Start, ChildProcess Host, Uri Address)> RunAsync(RepoPaths paths, string? cpus, string root, string prerendered, string slug)
    {
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Http.FreePort()}"));
        var started = Stopwatch.GetTimestamp();
        var host = ChildProcess.Start("dotnet", [
            paths.LocalHostDll, "--urls", address.ToString().TrimEnd('/'), "--environment", "Production", "--Content:Root", root, "--Content:PrerenderedPath", prerendered,
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:NkFunctions.Core.Content.Serving.ContentStore=Information"], cpus);
        try
        {
            var list = await FirstOkAsync(host, new Uri(address, "/api/articles"), started).ConfigureAwait(false);
            var article = await FirstOkAsync(host, new Uri(address, "/api/articles/" + slug), started).ConfigureAwait(false);
            var resident = ResidentOf(host.Id);
            // The content-load lines are written before Kestrel listens; give the console a moment to flush them.
            await Task.Delay(200).ConfigureAwait(false);
            var log = host.Output;
            return (new ColdStart(list, article, resident, Number(LoadTime().Match(log)), Number(Heap().Match(log))), host, address);
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>VmRSS of a process, KiB (Linux /proc).</summary>
    public static long ResidentOf(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static async Task<double> FirstOkAsync(ChildProcess host, Uri url, long started)
    {
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(5))
        {
            if (await Http.TryGetStatusAsync(url, "application/json").ConfigureAwait(false) == HttpStatusCode.OK)
            {
                return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            if (host.HasExited)
            {
                throw new InvalidOperationException($"{host.Description} exited before answering {url}:\n{host.Tail()}");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }

        throw new TimeoutException($"{url} did not answer 200 within 5 minutes:\n{host.Tail()}");
    }

    private static double? Number(Match match) => match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"Loaded \d+ article\(s\), \d+ section\(s\) from .* in (\d+) ms")]
    private static partial Regex LoadTime();

    [GeneratedRegex(@"managed heap of ([0-9.]+) MiB")]
    private static partial Regex Heap();
}
