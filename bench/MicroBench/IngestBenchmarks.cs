using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Geo;
using NkFunctions.Core.Analytics.Ingestion;

namespace MicroBench;

/// <summary>
/// Per-beacon work before storage: parsing and validating a realistic tracker body (docs/beacons.md's example:
/// page view, section, engagement with per-section times, read), and the visitor-day hash (salt from memory, as after
/// the day's first request), and the country lookup in the shipped database.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private static readonly string[] Sections = ["introduction", "understanding-nk-cells-in-fertility", "nk-cells-in-pregnancy", "testing", "treatment", "summary"];

    private readonly BeaconParser _parser = new(50);
    private readonly VisitorHasher _hasher = new(new MemorySalt(), TimeProvider.System);
    private readonly IPAddress _address = IPAddress.Parse("203.0.113.7");
    private readonly Func<string, IReadOnlyCollection<string>?> _sectionsOf = article => article == RepoContent.Slug ? Sections : null;
    private readonly ReadOnlyMemory<byte> _body = Encoding.UTF8.GetBytes("""
        {"article":"nk-cells-in-pregnancy","pageview":"Zb1x6qQ0YlS3d9Ue","referrer":"https://www.example.org/some/path?q=1",
         "utm":{"source":"newsletter","medium":"email","campaign":"november"},
         "events":[
          {"id":"Zb1x6qQ0YlS3d9Ue-0","type":"pageview"},
          {"id":"Zb1x6qQ0YlS3d9Ue-1","type":"section","section":"understanding-nk-cells-in-fertility"},
          {"id":"Zb1x6qQ0YlS3d9Ue-2","type":"engagement","engagedMs":41250,"scrollDepth":63,
           "sections":{"introduction":12000,"understanding-nk-cells-in-fertility":29250}},
          {"id":"Zb1x6qQ0YlS3d9Ue-3","type":"read","engagedMs":130000}]}
        """);

    [Benchmark(Description = "ParseBeacon: parse + validate a 4-event tracker body")]
    public Beacon ParseBeacon() => _parser.Parse(_body, _sectionsOf).Beacon ?? throw new InvalidOperationException("The sample beacon is invalid.");

    [Benchmark(Description = "VisitorHash: HMAC-SHA256 of site, /24 address and user agent")]
    public ValueTask<string> VisitorHash() => _hasher.HashAsync("nkfunctions", _address, UserAgent, CancellationToken.None);

    // 4,096 random addresses per family, cycled: each lookup walks another path of the tree, as real traffic does,
    // instead of one path the CPU caches would keep hot.
    // One per process, as the app has it (BenchmarkDotNet makes an instance per benchmark).
    private static readonly CountryDatabase Countries = new(CountryDatabase.ShippedPath);
    private readonly IPAddress[] _v4 = RandomAddresses(4, seed: 1);
    private readonly IPAddress[] _v6 = RandomAddresses(16, seed: 2);
    private int _next;

    [Benchmark(Description = "CountryV4: country of a random IPv4 address (shipped database, memory-mapped)")]
    public string? CountryV4() => Countries.CountryOf(_v4[_next++ & 4095]);

    [Benchmark(Description = "CountryV6: country of a random IPv6 address in 2000::/3 (shipped database, memory-mapped)")]
    public string? CountryV6() => Countries.CountryOf(_v6[_next++ & 4095]);

    private static IPAddress[] RandomAddresses(int bytes, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 4096).Select(_ =>
        {
            var address = new byte[bytes];
            random.NextBytes(address);
            if (bytes == 16)
            {
                address[0] = (byte)(0x20 | (address[0] & 0x1F)); // global unicast, where the database has networks
            }

            return new IPAddress(address);
        })];
    }

    private sealed class MemorySalt : ISaltStore
    {
        private readonly byte[] _salt = new byte[32];

        public ValueTask<byte[]> GetSaltAsync(DateOnly day, CancellationToken cancellationToken) => new(_salt);

        public Task<int> DeleteExpiredAsync(DateOnly today, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
