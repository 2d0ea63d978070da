using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchBench;

/// <summary>
/// Writes a content folder of <c>count</c> articles of the seed article's shape: its front matter, its six sections
/// and their length, with a third of the words swapped for others from the seed's vocabulary or for rare made-up
/// terms, so some words are in every article (broad queries) and some in a few (selective ones). Seeded: every run
/// writes the same site.
/// </summary>
internal static partial class SiteGenerator
{
    private static readonly string[] Tags = ["fertility", "pregnancy", "immunology", "nk-cells", "nutrition", "sleep", "ivf", "endometriosis", "thyroid", "stress", "exercise", "genetics"];

    /// <summary>Rare terms are <c>rare0</c>..<c>rare{RareTerms-1}</c>: each in about count × 6 × 20 / RareTerms sections.</summary>
    public const int RareTerms = 5_000;

    public static void Write(string seedFile, string root, int count)
    {
        var seed = File.ReadAllText(seedFile);
        var body = seed[(seed.IndexOf("\n---", 4, StringComparison.Ordinal) + 4)..];
        var vocabulary = Words().Matches(body).Select(m => m.Value.ToLowerInvariant()).Distinct().ToArray();
        var random = new Random(16);
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        for (var i = 0; i < count; i++)
        {
            var title = $"{Cap(Pick(vocabulary, random))} and {Pick(vocabulary, random)}: {Cap(Pick(vocabulary, random))} {i}";
            var tags = string.Join(", ", Enumerable.Range(0, 3).Select(_ => Tags[random.Next(Tags.Length)]).Distinct());
            var published = new DateOnly(2026, 11, 1).AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var text = new StringBuilder()
                .Append("---\n")
                .Append("title: \"").Append(title).Append("\"\n")
                .Append("slug: generated-").Append(i.ToString("D5", CultureInfo.InvariantCulture)).Append('\n')
                .Append("author: Temp Dost\n")
                .Append("published: ").Append(published).Append('\n')
                .Append("summary: A generated article about ").Append(Pick(vocabulary, random)).Append(" for the search benchmark.\n")
                .Append("tags: [").Append(tags).Append("]\n")
                .Append("---\n")
                .Append(Mutate(body, vocabulary, random));
            File.WriteAllText(Path.Combine(root, "articles", $"generated-{i:D5}.md"), text.ToString());
        }
    }

    // Every word of the body (headings included, so each article's section ids differ) swapped with probability 1/3.
    private static string Mutate(string body, string[] vocabulary, Random random) =>
        Words().Replace(body, m => random.Next(3) != 0 ? m.Value
            : random.Next(10) == 0 ? "rare" + random.Next(RareTerms).ToString(CultureInfo.InvariantCulture)
            : Pick(vocabulary, random));

    private static string Pick(string[] words, Random random) => words[random.Next(words.Length)];

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"(?<![\[(/#-])\b[A-Za-z]{3,}\b(?![\])/-])")]
    private static partial Regex Words();
}
