using System.Diagnostics;
using System.Globalization;
using System.Text;
using NkFunctions.Core.Analytics.Bots;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Storage;

/// <summary>
/// What our own per-beacon code costs on one thread, without HTTP or storage: parse, classify the user agent, hash
/// the visitor, build the entities. Tells how much of the host's CPU per beacon is ours.
/// </summary>
internal static class OwnCodeCost
{
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public static async Task<string> MeasureAsync(int iterations)
    {
        var parser = new BeaconParser(50);
        var classifier = new UserAgentClassifier(new CrawlerList());
        var hasher = new VisitorHasher(new FixedSalt(), TimeProvider.System);
        string[] sections = ["introduction"];
        var address = System.Net.IPAddress.Parse("203.0.113.7");
        var parse = new Stopwatch();
        var classify = new Stopwatch();
        var hash = new Stopwatch();
        var build = new Stopwatch();
        for (var pass = 0; pass < 2; pass++)
        {
            parse.Reset(); classify.Reset(); hash.Reset(); build.Reset();
            for (var i = 0; i < iterations; i++)
            {
                var pv = "benchpv" + i.ToString(CultureInfo.InvariantCulture) + "x";
                var body = Encoding.UTF8.GetBytes($$"""{"article":"nk-cells-in-pregnancy","pageview":"{{pv}}","events":[{"id":"{{pv}}-0","type":"pageview"},{"id":"{{pv}}-1","type":"section","section":"introduction"},{"id":"{{pv}}-2","type":"engagement","engagedMs":5000,"scrollDepth":40}]}""");
                parse.Start();
                var beacon = parser.Parse(body, _ => sections).Beacon ?? throw new InvalidOperationException("The sample beacon is invalid.");
                parse.Stop();
                classify.Start();
                var traits = classifier.Classify(UserAgent, null, null);
                classify.Stop();
                hash.Start();
                var visitor = await hasher.HashAsync("nkfunctions", address, UserAgent, CancellationToken.None);
                hash.Stop();
                build.Start();
                _ = EventEntityFactory.Create(beacon, new EventEntityFactory.Context(DateTimeOffset.UtcNow, visitor, null, null, traits));
                build.Stop();
            }
        }

        double Micros(Stopwatch s) => s.Elapsed.TotalMicroseconds / iterations;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Micros(parse):F1} | {Micros(classify):F1} | {Micros(hash):F1} | {Micros(build):F1} | {Micros(parse) + Micros(classify) + Micros(hash) + Micros(build):F1} |");
    }

    private sealed class FixedSalt : ISaltStore
    {
        private readonly byte[] _salt = new byte[32];

        public ValueTask<byte[]> GetSaltAsync(DateOnly day, CancellationToken cancellationToken) => new(_salt);

        public Task<int> DeleteExpiredAsync(DateOnly today, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
