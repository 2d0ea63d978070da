// Article generator (issue 16): writes N articles shaped like the seed article into CONTENT_ROOT/articles.
// Usage: dotnet ArticleGen.dll --out CONTENT_ROOT --count N [--seed 16] [--from content/articles/nk-cells-in-pregnancy.md]
// The folder then serves as Content:Root (copy the seed article in too if it should be served).
using System.Diagnostics;
using System.Globalization;
using ArticleGen;

string? output = null;
string? from = null;
var count = -1;
var seed = 16;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--out": output = args[i + 1]; break;
        case "--from": from = args[i + 1]; break;
        case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: return Usage($"unknown option '{args[i]}'");
    }
}

if (output is null || count < 0 || args.Length % 2 != 0)
{
    return Usage("--out and --count are required");
}

from ??= FindSeed();
if (from is null || !File.Exists(from))
{
    return Usage("the seed article was not found: pass --from");
}

var clock = Stopwatch.StartNew();
new ArticleGenerator(File.ReadAllText(from)).Write(output, count, seed);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} articles into {Path.GetFullPath(Path.Combine(output, "articles"))} in {clock.Elapsed.TotalSeconds:F1} s"));
return 0;

static int Usage(string problem)
{
    Console.Error.WriteLine($"{problem}\nusage: dotnet ArticleGen.dll --out CONTENT_ROOT --count N [--seed 16] [--from SEED_ARTICLE.md]");
    return 2;
}

// The repository's seed article, found upwards from this assembly (bench/ArticleGen/bin/...).
static string? FindSeed()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var seed = Path.Combine(dir.FullName, "content", "articles", "nk-cells-in-pregnancy.md");
        if (File.Exists(seed))
        {
            return seed;
        }
    }

    return null;
}
