using System.Globalization;
using System.Net;
using NkBench.Hosting;

namespace NkBench.Read;

/// <summary>
/// The three servers of the read scenarios, all on the server CPUs: the local host (Release, Production, warnings-only
/// logging), a bare Kestrel app answering the bytes the host answered, and nginx serving those bytes as static files.
/// Before anything is measured it checks that all three send the very same bodies and that each answers a
/// conditional request with 304, so no scenario measures a 404 or a full answer by mistake.
/// </summary>
internal sealed class ReadServers : IAsyncDisposable
{
    private readonly List<ChildProcess> _processes = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("nkbench-read-").FullName;
    private readonly string _nginxFolder = Directory.CreateTempSubdirectory("nkbench-nginx-").FullName;

    private ReadServers()
    {
    }

    /// <summary>The name of the baseline every ratio is taken against.</summary>
    public const string Baseline = "bare Kestrel";

    /// <summary>The local host, the bare Kestrel baseline and nginx, in that order.</summary>
    public IReadOnlyList<ReadTarget> Targets { get; private set; } = [];

    public static async Task<ReadServers> StartAsync(RepoPaths paths, Cpus cpus, IReadOnlyList<ReadRequest> requests)
    {
        var servers = new ReadServers();
        try
        {
            await servers.StartAllAsync(paths, cpus, requests).ConfigureAwait(false);
            return servers;
        }
        catch
        {
            await servers.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync().ConfigureAwait(false);
        }

        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_nginxFolder, recursive: true);
    }

    private async Task StartAllAsync(RepoPaths paths, Cpus cpus, IReadOnlyList<ReadRequest> requests)
    {
        var hostPort = Http.FreePort();
        var host = Track(ChildProcess.Start("dotnet", [paths.LocalHostDll, "--urls", Local(hostPort), "--environment", "Production", "--Logging:LogLevel:Default=Warning"], cpus.Servers));
        var hostAddress = new Uri(Local(hostPort));
        await Http.WaitForOkAsync(new Uri(hostAddress, "/api/health"), host, TimeSpan.FromSeconds(60)).ConfigureAwait(false);

        // What the host answers is what the baselines serve.
        var shapes = requests.Select(r => (r.Path, r.Accept)).Distinct().ToList();
        var answers = new List<Answer>();
        foreach (var (path, accept) in shapes)
        {
            answers.Add(await GetAsync(new Uri(hostAddress, path), accept).ConfigureAwait(false));
        }

        var manifest = Path.Combine(_folder, "manifest.tsv");
        var lines = answers.Select((a, i) =>
        {
            var body = Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"body{i}"));
            File.WriteAllBytes(body, a.Body);
            return string.Join('\t', shapes[i].Path, shapes[i].Accept, a.ContentType, a.ETag, body);
        });
        await File.WriteAllLinesAsync(manifest, lines).ConfigureAwait(false);
        var barePort = Http.FreePort();
        var bare = Track(ChildProcess.Start("dotnet", [paths.BenchDll("BareKestrel"), "--urls", Local(barePort), "--manifest", manifest], cpus.Servers));
        var bareAddress = new Uri(Local(barePort));
        await Http.WaitForOkAsync(new Uri(bareAddress, shapes[0].Path), bare, TimeSpan.FromSeconds(60), shapes[0].Accept).ConfigureAwait(false);

        var files = answers.Select((a, i) => (shapes[i].Path, shapes[i].Accept, a.ContentType.StartsWith("text/html", StringComparison.Ordinal) ? "html" : "json", a.Body)).ToList();
        var (nginx, nginxAddress) = await Nginx.StartAsync(_nginxFolder, files, answers[0].CacheControl, cpus.Servers).ConfigureAwait(false);
        Track(nginx);
        await Http.WaitForOkAsync(new Uri(nginxAddress, shapes[0].Path), nginx, TimeSpan.FromSeconds(30), shapes[0].Accept).ConfigureAwait(false);

        var targets = new List<ReadTarget>();
        foreach (var (name, address) in new[] { ("local host", hostAddress), (Baseline, bareAddress), ("nginx", nginxAddress) })
        {
            var etags = new Dictionary<(string, string), string>();
            for (var i = 0; i < shapes.Count; i++)
            {
                var answer = await GetAsync(new Uri(address, shapes[i].Path), shapes[i].Accept).ConfigureAwait(false);
                if (!answer.Body.AsSpan().SequenceEqual(answers[i].Body) || answer.ContentType != answers[i].ContentType)
                {
                    throw new InvalidOperationException($"{name} does not answer {shapes[i].Path} ({shapes[i].Accept}) with the host's bytes and Content-Type.");
                }

                etags[shapes[i]] = answer.ETag;
            }

            var target = new ReadTarget(name, address, etags);
            foreach (var request in requests.Where(r => r.Conditional))
            {
                var status = await ConditionalStatusAsync(target.Url(request), request.Accept, target.IfNoneMatch(request)!).ConfigureAwait(false);
                if (status != HttpStatusCode.NotModified)
                {
                    throw new InvalidOperationException($"{name} answered {(int)status} instead of 304 to {request.Name}.");
                }
            }

            targets.Add(target);
        }

        Targets = targets;
    }

    private static string Local(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

    private static async Task<Answer> GetAsync(Uri url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Http.Client.SendAsync(request).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} ({accept}) answered {(int)response.StatusCode}.");
        }

        return new Answer(
            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false),
            response.Content.Headers.ContentType?.ToString() ?? string.Empty,
            response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"{url} sent no ETag."),
            response.Headers.CacheControl?.ToString() ?? string.Empty);
    }

    private static async Task<HttpStatusCode> ConditionalStatusAsync(Uri url, string accept, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await Http.Client.SendAsync(request).ConfigureAwait(false);
        return response.StatusCode;
    }

    private ChildProcess Track(ChildProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private sealed record Answer(byte[] Body, string ContentType, string ETag, string CacheControl);
}
