using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content.Search;

/// <summary>A small fixed corpus whose ranking is known by construction.</summary>
internal static class SearchCorpus
{
    /// <summary>Published articles in catalog order (newest first).</summary>
    public static readonly List<Article> Articles =
    [
        // "placenta" only deep in the body of one section.
        Article("body-mention", "Sleep and recovery", ["sleep"],
            ("introduction", "Sleep and recovery", "Rest matters for everyone. Good sleep helps recovery."),
            ("night-routines", "Night routines", "A calm evening routine helps. Some readers asked about the placenta, which is covered elsewhere.")),
        // "placenta" in a section heading.
        Article("heading-mention", "Pregnancy week by week", ["pregnancy"],
            ("introduction", "Pregnancy week by week", "Each week brings changes."),
            ("the-placenta", "The placenta", "This organ forms early and feeds the baby.")),
        // "placenta" in the article title (and so in every section's document).
        Article("title-mention", "How the placenta grows", ["pregnancy", "Placental Health"],
            ("introduction", "How the placenta grows", "An overview of growth through pregnancy."),
            ("first-trimester", "First trimester", "Trophoblast cells invade the uterine wall and remodel spiral arteries."),
            ("later-weeks", "Later weeks", "Blood flow rises steadily.")),
        // Hostile text: markup that must come back escaped, and natural killer cells as a phrase.
        Article("hostile-text", "Immune cells explained", ["immunology", "NK Cells"],
            ("introduction", "Immune cells explained", "Natural killer cells are <script>alert('x')</script> & friends of the immune system."),
            ("killer-natural", "Words apart", "A killer whale is natural in the ocean; cells divide.")),
    ];

    public static Article Article(string slug, string title, string[] tags, params (string Id, string Title, string Text)[] sections) =>
        new(
            new ArticleMetadata(slug, title, "Ada Author", new DateOnly(2026, 11, 1), null, "Summary of " + title + ".", tags, false, null, "/articles/" + slug),
            [.. sections.Select(s => new Section(s.Id, s.Title, "<p>" + s.Text + "</p>", s.Text, s.Text, s.Text.Split(' ').Length, 1))],
            [],
            100,
            1,
            "articles/" + slug + ".md");
}
