using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleGen;

/// <summary>
/// Writes articles shaped like the seed article (<c>content/articles/nk-cells-in-pregnancy.md</c>): its front matter
/// fields, its lead and five <c>##</c> sections, its list and its length (~900 words), with a third of the words
/// (headings included, so section ids differ) swapped for other words of the seed's vocabulary or, one swap in ten,
/// for a rare made-up term <c>rareN</c>. So some words are in every article (broad searches) and some in a few
/// (selective ones). Titles, tags (2 to 4 of <see cref="Tags"/>), authors (<see cref="Authors"/>) and publication
/// dates (one to three days apart, newest on <see cref="Newest"/>) vary per article. The same seed gives the same
/// files, byte for byte.
/// </summary>
public sealed partial class ArticleGenerator
{
    /// <summary>Rare terms are <c>rare0</c>..<c>rare{RareTerms-1}</c>: each in about count × 6 × 20 / RareTerms sections.</summary>
    public const int RareTerms = 5_000;

    /// <summary>The tags articles draw from: a few common ones make big tag pages, the rest small ones.</summary>
    public static readonly IReadOnlyList<string> Tags =
    [
        "fertility", "pregnancy", "immunology", "nk-cells", "nutrition", "sleep", "ivf", "endometriosis", "thyroid",
        "stress", "exercise", "genetics", "placenta", "miscarriage", "hormones", "pcos", "vitamins", "research",
        "clinics", "mental-health", "inflammation", "autoimmunity", "embryo", "implantation",
    ];

    /// <summary>The authors articles are written by.</summary>
    public static readonly IReadOnlyList<string> Authors =
    [
        "Temp Dost", "Amara Okafor", "Lena Fischer", "Priya Raman", "Jonas Berg", "Sofia Moreau", "Kenji Sato",
        "Maya Cohen", "Diego Alvarez", "Hannah Lee",
    ];

    /// <summary>The publication date of the first (newest) article; the others go back from it.</summary>
    public static readonly DateOnly Newest = new(2026, 11, 1);

    private readonly string _body;
    private readonly string[] _vocabulary;

    /// <summary>Reads the seed article whose body every generated article is made from.</summary>
    /// <param name="seedArticle">The text of a Markdown article with front matter (the seed article).</param>
    public ArticleGenerator(string seedArticle)
    {
        ArgumentNullException.ThrowIfNull(seedArticle);
        var close = seedArticle.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (!seedArticle.StartsWith("---", StringComparison.Ordinal) || close < 0)
        {
            throw new ArgumentException("The seed article has no front matter.", nameof(seedArticle));
        }

        _body = seedArticle[(close + 4)..].Replace("\r\n", "\n", StringComparison.Ordinal);
        _vocabulary = [.. Words().Matches(_body).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The slug (and file name without <c>.md</c>) of article <paramref name="index"/>.</summary>
    public static string Slug(int index) => "generated-" + index.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="count"/> articles into <c><paramref name="contentRoot"/>/articles/</c>.</summary>
    /// <param name="contentRoot">The content root (created when missing).</param>
    /// <param name="count">How many articles.</param>
    /// <param name="seed">The random seed: the same seed writes the same files.</param>
    public void Write(string contentRoot, int count, int seed = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var folder = Path.Combine(contentRoot, "articles");
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var published = Newest;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, Slug(i) + ".md"), Article(i, published, random));
            published = published.AddDays(-random.Next(1, 4));
        }
    }

    /// <summary>The text of one article; <paramref name="random"/> is advanced, so call in order for a whole site.</summary>
    internal string Article(int index, DateOnly published, Random random)
    {
        var title = $"{Cap(Pick(random))} and {Pick(random)}: {Cap(Pick(random))} {index.ToString(CultureInfo.InvariantCulture)}";
        var tagCount = random.Next(2, 5);
        var tags = new List<string>(tagCount);
        while (tags.Count < tagCount)
        {
            // Squared: low indexes (fertility, pregnancy...) are common, as on a real site.
            var tag = Tags[(int)(Math.Pow(random.NextDouble(), 2) * Tags.Count)];
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return new StringBuilder()
            .Append("---\n")
            .Append("title: \"").Append(title).Append("\"\n")
            .Append("slug: ").Append(Slug(index)).Append('\n')
            .Append("author: ").Append(Authors[random.Next(Authors.Count)]).Append('\n')
            .Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("summary: A generated article about ").Append(Pick(random)).Append(" and ").Append(Pick(random)).Append(".\n")
            .Append("tags: [").Append(string.Join(", ", tags)).Append("]\n")
            .Append("---\n")
            .Append(Mutate(random))
            .ToString();
    }

    // Every word of three letters or more swapped with probability 1/3; link targets, anchors and hyphenated words are left alone.
    private string Mutate(Random random) =>
        Words().Replace(_body, m => random.Next(3) != 0 ? m.Value
            : random.Next(10) == 0 ? "rare" + random.Next(RareTerms).ToString(CultureInfo.InvariantCulture)
            : Pick(random));

    private string Pick(Random random) => _vocabulary[random.Next(_vocabulary.Length)];

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"(?<![\[(/#-])\b[A-Za-z]{3,}\b(?![\])/-])")]
    private static partial Regex Words();
}
