using System.Globalization;
using System.Text.Json.Nodes;
using NkFunctions.Core.Content.Authors;

namespace NkFunctions.Core.Content.Seo;

/// <summary>
/// The article as a schema.org <c>MedicalWebPage</c> (https://schema.org/MedicalWebPage) in JSON-LD, with the fields
/// Google's article guidelines read (headline, author, dates, image, publisher) and the medical review ones
/// (<c>lastReviewed</c>, <c>reviewedBy</c>, <c>citation</c>). Every property used is one schema.org defines for the
/// type it sits on; the integration tests check that with a structured-data validator.
/// </summary>
internal static class JsonLdBuilder
{
    /// <param name="article">The article.</param>
    /// <param name="canonicalUrl">Its canonical URL (the page's <c>@id</c>).</param>
    /// <param name="description">Its meta description.</param>
    /// <param name="settings">Publisher and language.</param>
    /// <param name="siteRoot">Where the publisher lives when no publisher URL is configured.</param>
    /// <param name="authors">Author records, for URLs and profiles.</param>
    /// <param name="image">The cover, when there is one.</param>
    public static JsonObject Build(Article article, string canonicalUrl, string description, SeoOptions settings, string siteRoot, AuthorDirectory authors, SeoImage? image)
    {
        var m = article.Metadata;
        var publisher = Publisher(settings, siteRoot);
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["@id"] = canonicalUrl,
            ["url"] = canonicalUrl,
            ["mainEntityOfPage"] = canonicalUrl,
            ["headline"] = m.Title,
            ["name"] = m.Title,
            ["description"] = description,
            ["inLanguage"] = settings.Language,
            ["datePublished"] = Date(m.Published),
            ["dateModified"] = Date(m.Updated ?? m.Published),
            // Google wants an author; an unsigned article is the publisher's.
            ["author"] = m.Author is { } author ? Person(author, authors) : Publisher(settings, siteRoot),
            ["publisher"] = publisher,
        };
        if (m.LastReviewed is { } reviewed)
        {
            page["lastReviewed"] = Date(reviewed);
        }

        if (m.ReviewedBy is { } reviewer)
        {
            page["reviewedBy"] = Person(reviewer, authors);
        }

        if (image is not null)
        {
            page["image"] = Image(image.Url, image.Width, image.Height, image.Alt);
        }

        if (m.Tags.Count > 0)
        {
            page["keywords"] = string.Join(", ", m.Tags);
        }

        if (m.References.Count > 0)
        {
            page["citation"] = new JsonArray([.. m.References.Select(Citation)]);
        }

        return page;
    }

    private static JsonObject Person(string name, AuthorDirectory authors)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = name };
        if (authors.Find(name) is not { } profile)
        {
            return person;
        }

        person["name"] = profile.Name;
        if (profile.Url is { } url)
        {
            person["url"] = url;
        }

        if (profile.Bio is { } bio)
        {
            person["description"] = bio;
        }

        if (profile.SameAs.Count > 0)
        {
            person["sameAs"] = new JsonArray([.. profile.SameAs.Select(s => (JsonNode)s)]);
        }

        return person;
    }

    private static JsonObject Publisher(SeoOptions settings, string siteRoot)
    {
        var organization = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = settings.PublisherName,
            ["url"] = settings.PublisherUrl.Length > 0 ? settings.PublisherUrl : siteRoot + "/",
        };
        if (settings.PublisherLogo.Length > 0)
        {
            organization["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = settings.PublisherLogo };
        }

        return organization;
    }

    // The alternative text goes in caption, as WordPress SEO plugins write it: schema.org has no "alt".
    private static JsonObject Image(string url, int width, int height, string alt) => new()
    {
        ["@type"] = "ImageObject",
        ["url"] = url,
        ["contentUrl"] = url,
        ["width"] = width,
        ["height"] = height,
        ["caption"] = alt,
    };

    private static JsonNode Citation(Reference r)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork", ["name"] = r.Title };
        if (r.Url is { } url)
        {
            work["url"] = url;
        }

        if (r.Authors.Count > 0)
        {
            work["author"] = new JsonArray([.. r.Authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a })]);
        }

        if (r.Publisher is { } publisher)
        {
            work["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        if (r.Date is { } date)
        {
            work["datePublished"] = Date(date);
        }
        else if (r.Year is { } year)
        {
            work["datePublished"] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (r.Doi is { } doi)
        {
            work["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = doi };
            work["sameAs"] = "https://doi.org/" + doi;
        }

        return work;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
