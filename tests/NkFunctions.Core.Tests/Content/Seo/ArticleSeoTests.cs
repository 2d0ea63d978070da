using System.Text.Json.Nodes;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Authors;
using NkFunctions.Core.Content.Seo;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Tests.TestSupport;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content.Seo;

/// <summary>What the article JSON's seo, health, jsonLd and jsonLdScript are made of.</summary>
public sealed class ArticleSeoTests
{
    private static readonly PublicBase Base = new("https://api.example/api", "https://site.example");
    private static readonly SeoOptions Settings = new() { SiteName = "NK Site", PublisherName = "NK Publisher", PublisherLogo = "https://site.example/logo.png" };

    [Fact]
    public void Build_NoSeoFields_DerivesTitleDescriptionAndCanonicalUrl()
    {
        var title = "A title long enough that a search engine would cut it somewhere past here";
        var summary = string.Join(' ', Enumerable.Repeat("Summary words repeated.", 10));
        var article = Load(ArticleText.WithFrontMatter($"title: {title}\nslug: derived\npublished: 2026-01-01\nupdated: 2026-01-05\nsummary: {summary}\ntags: [NK Cells, fertility]"));

        var seo = ArticleSeo.Build(article, Base, Settings, AuthorDirectory.Empty);

        Assert.Equal("A title long enough that a search engine would cut it…", seo.Seo.MetaTitle);
        Assert.Equal(SeoText.Fit(summary, 160), seo.Seo.MetaDescription);
        Assert.EndsWith("…", seo.Seo.MetaDescription, StringComparison.Ordinal);
        Assert.True(seo.Seo.MetaDescription.Length <= 160);
        Assert.Equal("https://site.example/articles/derived", seo.Seo.CanonicalUrl);
        Assert.Equal(new OpenGraphDto("article", title, seo.Seo.MetaDescription, "https://site.example/articles/derived", "NK Site", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 5), seo.Seo.OpenGraph.Tags, null, null, null, null), seo.Seo.OpenGraph);
        Assert.Equal(["NK Cells", "fertility"], seo.Seo.OpenGraph.Tags);
        Assert.Equal(new TwitterCardDto("summary", title, seo.Seo.MetaDescription, null, null), seo.Seo.Twitter);
        Assert.Null(seo.Health);
    }

    [Fact]
    public void Build_ExplicitFields_AreUsedAsWritten()
    {
        var article = Load(ArticleText.WithExtraFields("metaTitle: Search title\nmetaDescription: Search text.\ncanonicalUrl: https://origin.example/a"));

        var seo = ArticleSeo.Build(article, Base, Settings, AuthorDirectory.Empty);

        Assert.Equal(("Search title", "Search text.", "https://origin.example/a"), (seo.Seo.MetaTitle, seo.Seo.MetaDescription, seo.Seo.CanonicalUrl));
        Assert.Equal("https://origin.example/a", seo.Seo.OpenGraph.Url);
        Assert.Equal("https://origin.example/a", (string?)seo.JsonLd["@id"]);
    }

    [Fact]
    public void Build_WithImage_MakesALargeCardAndAnImageObject()
    {
        var article = Load(ArticleText.Valid());
        var image = new SeoImage("https://api.example/api/images/abc/cover.jpg", "Cells under a microscope", 1600, 900);

        var seo = ArticleSeo.Build(article, Base, Settings, AuthorDirectory.Empty, image);

        Assert.Equal(new TwitterCardDto("summary_large_image", "Test Article", "A short test article.", image.Url, image.Alt), seo.Seo.Twitter);
        Assert.Equal((image.Url, image.Alt, 1600, 900), (seo.Seo.OpenGraph.Image, seo.Seo.OpenGraph.ImageAlt, seo.Seo.OpenGraph.ImageWidth, seo.Seo.OpenGraph.ImageHeight));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"@type":"ImageObject","url":"https://api.example/api/images/abc/cover.jpg","contentUrl":"https://api.example/api/images/abc/cover.jpg","width":1600,"height":900,"caption":"Cells under a microscope"}"""),
            seo.JsonLd["image"]));
    }

    [Fact]
    public void Build_EveryField_MakesAMedicalWebPage()
    {
        var article = Load(ArticleText.WithFrontMatter("""
            title: Full
            slug: full
            author: Ada Author
            published: 2026-01-01
            summary: Everything set.
            tags: [fertility, NK cells]
            reviewedBy: Dr Rev Iewer
            lastReviewed: 2026-02-01
            references:
              - title: Paper
                url: https://journal.example/paper
                authors: [A. One, B. Two]
                publisher: Journal
                year: 2016
                doi: 10.1038/nri.2016.27
            """));
        var authors = new AuthorDirectory([new AuthorProfile("ada-author", "Ada Author", "Writes things.", "https://site.example/about/ada", ["https://orcid.org/0000-0002-1825-0097"])]);

        var seo = ArticleSeo.Build(article, Base, Settings, authors);

        var expected = JsonNode.Parse("""
            {
              "@context": "https://schema.org", "@type": "MedicalWebPage",
              "@id": "https://site.example/articles/full", "url": "https://site.example/articles/full", "mainEntityOfPage": "https://site.example/articles/full",
              "headline": "Full", "name": "Full", "description": "Everything set.", "inLanguage": "en",
              "datePublished": "2026-01-01", "dateModified": "2026-01-01",
              "author": { "@type": "Person", "name": "Ada Author", "url": "https://site.example/about/ada", "description": "Writes things.", "sameAs": ["https://orcid.org/0000-0002-1825-0097"] },
              "publisher": { "@type": "Organization", "name": "NK Publisher", "url": "https://site.example/", "logo": { "@type": "ImageObject", "url": "https://site.example/logo.png" } },
              "lastReviewed": "2026-02-01",
              "reviewedBy": { "@type": "Person", "name": "Dr Rev Iewer" },
              "keywords": "fertility, NK cells",
              "citation": [ {
                "@type": "CreativeWork", "name": "Paper", "url": "https://journal.example/paper",
                "author": [ { "@type": "Person", "name": "A. One" }, { "@type": "Person", "name": "B. Two" } ],
                "publisher": { "@type": "Organization", "name": "Journal" }, "datePublished": "2016",
                "identifier": { "@type": "PropertyValue", "propertyID": "DOI", "value": "10.1038/nri.2016.27" }, "sameAs": "https://doi.org/10.1038/nri.2016.27"
              } ]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, seo.JsonLd), seo.JsonLd.ToJsonString());
        Assert.Equal(new ArticleHealthDto("Dr Rev Iewer", new DateOnly(2026, 2, 1), seo.Health!.References), seo.Health);
        Assert.Equal(new ReferenceDto("Paper", "https://journal.example/paper", article.Metadata.References[0].Authors, "Journal", 2016, null, "10.1038/nri.2016.27"), Assert.Single(seo.Health.References));
    }

    [Fact]
    public void Build_NoAuthor_NamesThePublisherAsAuthor()
    {
        var seo = ArticleSeo.Build(Load(ArticleText.Valid()), Base, Settings, AuthorDirectory.Empty);

        Assert.Equal("Organization", (string?)seo.JsonLd["author"]!["@type"]);
        Assert.Equal("NK Publisher", (string?)seo.JsonLd["author"]!["name"]);
    }

    [Fact]
    public void JsonLdScript_ATitleClosingTheScript_CannotBreakOut()
    {
        var article = Load(ArticleText.WithFrontMatter("title: \"</script><script>alert(1)</script> & <!-- more\"\nslug: hostile\npublished: 2026-01-01\nsummary: Fish & chips <b>."));

        var script = ArticleSeo.Build(article, Base, Settings, AuthorDirectory.Empty).JsonLdScript;

        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        Assert.DoesNotContain(">", script, StringComparison.Ordinal);
        Assert.DoesNotContain("&", script, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", script, StringComparison.Ordinal);
        // Still the same document to a JSON parser.
        Assert.Equal("</script><script>alert(1)</script> & <!-- more", (string?)JsonNode.Parse(script)!["headline"]);
        Assert.Equal("Fish & chips <b>.", (string?)JsonNode.Parse(script)!["description"]);
    }

    [Fact]
    public void JsonLdScript_KeepsNonAsciiTextReadable()
    {
        var article = Load(ArticleText.WithFrontMatter("title: Schwangerschaft und Immunität\nslug: de\npublished: 2026-01-01\nsummary: Kurz."));

        Assert.Contains("Immunität", ArticleSeo.Build(article, Base, Settings, AuthorDirectory.Empty).JsonLdScript, StringComparison.Ordinal);
    }

    private static Article Load(string text)
    {
        var result = LoadOne(text);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Articles);
    }
}
