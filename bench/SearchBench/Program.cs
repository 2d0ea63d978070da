// Search benchmark (issue 16): generates a site of the seed article's shape (bench/ArticleGen), then measures
//  1. the index build over the loaded catalog (the one O(articles) step: at start-up in the background);
//  2. in process, one search request's own work (parse, search, group, snippets, JSON, ETag hash), sequentially,
//     p50/p90/p99 per query, with the bytes it allocates;
//  3. over HTTP against the local host serving the same folder, one request at a time (client-side latency).
// Run: dotnet run -c Release --project bench/SearchBench [-- --articles 1000 --runs 400 --no-http]
using System.Diagnostics;
using System.Globalization;
using ArticleGen;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Content.Search;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;
using NkFunctions.IntegrationTests.Infrastructure;
using static System.FormattableString;

var articles = Option("--articles", 1000);
var runs = Option("--runs", 400);
string[] queries = ["nk cells", "pregnancy", "placenta", "\"natural killer\"", "fertility treatments", "immun", "rare42", "rare42 "];

var root = RepoPaths.CopyContentToTemp();
try
{
    var clock = Stopwatch.StartNew();
    new ArticleGenerator(File.ReadAllText(Path.Combine(root, "articles", "nk-cells-in-pregnancy.md"))).Write(root, articles);
    Console.WriteLine(Invariant($"Generated {articles:N0} articles (+ the seed) in {clock.Elapsed.TotalSeconds:F1} s into {root}"));

    var loaded = new ContentLoader().Load(root);
    if (!loaded.IsValid)
    {
        throw new InvalidOperationException("Generated content is invalid: " + string.Join("; ", loaded.Errors.Take(5)));
    }

    var catalog = ContentCatalog.Build(loaded.Articles, DateTimeOffset.UtcNow);
    var builds = new List<double>();
    SearchIndex? index = null;
    for (var i = 0; i < 3; i++)
    {
        index?.Dispose();
        index = SearchIndex.Build(catalog.Published);
        builds.Add(index.BuildTime.TotalMilliseconds);
    }

    Console.WriteLine(Invariant($"Index build: {catalog.Published.Count:N0} articles, {index!.SectionCount:N0} sections: first {builds[0]:F0} ms (cold JIT), then {builds[1]:F0} ms, {builds[2]:F0} ms"));
    Console.WriteLine();
    Console.WriteLine("In process, one request's work (parse, search, group, snippets, JSON, ETag), sequential:");
    Console.WriteLine();
    Console.WriteLine("| query | matching articles | p50 | of which search and grouping (p50) | p90 | p99 | allocated per request (search and grouping) | response bytes |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    var publicBase = new PublicBase("http://localhost/api", "http://localhost");
    // Warm every query first, so tiered JIT has promoted the shared code before the first query is timed.
    for (var r = 0; r < 30; r++)
    {
        foreach (var text in queries)
        {
            var terms = SearchTerms.Parse(text, index.Analyzer);
            var page = index.Search(terms, null, 0, SearchQuery.DefaultLimit);
            _ = SearchPageWriter.Write(index, terms, new SearchQuery(text, null, SearchQuery.DefaultLimit, 0, false), page, PageMeta.For(SearchQuery.DefaultLimit, 0, page.Total), publicBase);
        }
    }

    foreach (var text in queries)
    {
        var query = new SearchQuery(text, null, SearchQuery.DefaultLimit, 0, false);
        var times = new double[runs];
        var searchTimes = new double[runs];
        int total = 0, bytes = 0;
        long allocated = 0, searchAllocated = 0;
        for (var r = -50; r < runs; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var terms = SearchTerms.Parse(text, index.Analyzer);
            var page = index.Search(terms, null, 0, query.Limit);
            var searched = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var afterSearch = GC.GetAllocatedBytesForCurrentThread();
            var body = SearchPageWriter.Write(index, terms, query, page, PageMeta.For(query.Limit, 0, page.Total), publicBase);
            var representation = Representation.FromBytes(body, MediaTypes.Json);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (r >= 0)
            {
                times[r] = elapsed;
                searchTimes[r] = searched;
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                searchAllocated += afterSearch - before;
                (total, bytes) = (page.Total, representation.Body.Length);
            }
        }

        Array.Sort(times);
        Array.Sort(searchTimes);
        Console.WriteLine(Invariant($"| `{text}` | {total:N0} | {P(times, 0.5):F2} ms | {P(searchTimes, 0.5):F2} ms | {P(times, 0.9):F2} ms | {P(times, 0.99):F2} ms | {allocated / runs / 1024.0:F0} KiB ({searchAllocated / runs / 1024.0:F0} KiB) | {bytes:N0} |"));
    }

    index.Dispose();
    if (args.Contains("--no-http"))
    {
        return;
    }

    Console.WriteLine();
    Console.WriteLine("Over HTTP (local host, Release, loopback), one request at a time, client-side latency:");
    Console.WriteLine();
    Console.WriteLine("| query | p50 | p90 | p99 |");
    Console.WriteLine("|---|---|---|---|");
    await using var server = await LocalHostServer.StartAsync(root, "--Logging:LogLevel:Default=Warning");

    // Searches answer 503 until the background index build is done (longer than any wait at 10,000 articles).
    while (true)
    {
        using var probe = await server.Client.GetAsync(new Uri("/api/search?q=placenta", UriKind.Relative));
        if (probe.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable)
        {
            break;
        }

        await Task.Delay(250);
    }

    foreach (var text in queries)
    {
        var path = new Uri("/api/search?q=" + Uri.EscapeDataString(text), UriKind.Relative);
        var times = new double[runs];
        for (var r = -50; r < runs; r++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await server.Client.GetAsync(path);
            _ = await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            if (r >= 0)
            {
                times[r] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        Array.Sort(times);
        Console.WriteLine(Invariant($"| `{text}` | {P(times, 0.5):F2} ms | {P(times, 0.9):F2} ms | {P(times, 0.99):F2} ms |"));
    }
}
finally
{
    // The local host deletes the folder it served when it stops.
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
