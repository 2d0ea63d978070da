using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>
/// A local host over the seed article, an article with every SEO and health field set, one whose title tries to end a
/// script element, three more by the seed's author (so an author's list has pages), and an authors.yml.
/// </summary>
public sealed class SeoContentFixture : IAsyncLifetime
{
    /// <summary>The publisher logo the host is configured with.</summary>
    public const string Logo = "https://nk.example/logo.png";

    /// <summary>Published articles by Temp Dost: the seed, the full one and three more.</summary>
    public const int TempDostArticles = 5;

    /// <summary>A title that would end a script element if written raw.</summary>
    public const string HostileTitle = "Safe? </script><script>alert(1)</script> & more";

    private LocalHostServer? _server;

    public HttpClient Client => (_server ?? throw new InvalidOperationException("Not started.")).Client;

    public async Task InitializeAsync()
    {
        var root = RepoPaths.CopyContentToTemp();
        await File.WriteAllTextAsync(Path.Combine(root, "authors.yml"), """
            - name: Temp Dost
              bio: Writes about fertility and the immune system.
              url: https://nk.example/about/temp-dost
              sameAs: [https://orcid.org/0000-0002-1825-0097]
            - name: Dr Rev Iewer
              url: https://nk.example/about/reviewer
            """);
        await File.WriteAllTextAsync(Path.Combine(root, "articles", "full-health.md"), """
            ---
            title: Every Field Set
            slug: full-health
            author: Temp Dost
            published: 2026-10-01
            updated: 2026-10-15
            summary: An article with every SEO and health field filled in.
            tags: [fertility, NK Cells]
            metaTitle: Every field, for search
            metaDescription: Search snippet for the full article.
            canonicalUrl: https://journal.example/originals/full-health
            reviewedBy: Dr Rev Iewer
            lastReviewed: 2026-10-20
            references:
              - title: Uterine NK cells in pregnancy
                url: https://www.nature.com/articles/nri.2016.27
                authors: [A. Moffett, F. Colucci]
                publisher: Nature Reviews Immunology
                year: 2016
                doi: 10.1038/nri.2016.27
              - title: A note without a link
                date: 2025-05-04
            ---
            The lead.

            ## Part One

            Text of part one.
            """);
        await File.WriteAllTextAsync(Path.Combine(root, "articles", "hostile-title.md"), $"""
            ---
            title: "{HostileTitle}"
            slug: hostile-title
            author: Ada Author
            published: 2026-09-01
            summary: Fish & chips <b>bold</b>.
            ---
            The lead.
            """);
        for (var i = 1; i <= TempDostArticles - 2; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(root, "articles", $"more-{i}.md"), $"""
                ---
                title: More {i}
                slug: more-{i}
                author: temp dost
                published: 2026-08-0{i}
                summary: Another article by the same author.
                ---
                The lead of {i}.
                """);
        }

        _server = await LocalHostServer.StartAsync(root, $"--Seo:PublisherLogo={Logo}", "--Seo:PublisherName=NK Publisher", "--Embeds:SiteUrl=https://nk.example");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
