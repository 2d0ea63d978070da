using System.Globalization;

namespace NkFunctions.Core.Content.Seo;

/// <summary>
/// Checks the SEO and health front matter (<c>metaTitle</c>, <c>metaDescription</c>, <c>canonicalUrl</c>,
/// <c>reviewedBy</c>, <c>lastReviewed</c>; <c>references</c> are checked as they are read) and applies them to the metadata.
/// </summary>
internal static class SeoFieldsValidator
{
    /// <summary>Validates the fields; returns <paramref name="metadata"/> with them applied.</summary>
    /// <param name="frontMatter">The front matter as written.</param>
    /// <param name="metadata">The validated core fields, or null when they had errors (the checks still run).</param>
    /// <param name="published">The publication date, when valid.</param>
    /// <param name="today">The latest calendar date anywhere on Earth now, so a review dated today in any time zone is not "in the future".</param>
    /// <param name="errors">Where problems go.</param>
    public static ArticleMetadata? Apply(FrontMatter frontMatter, ArticleMetadata? metadata, DateOnly? published, DateOnly today, FileErrors errors)
    {
        var metaTitle = Optional(frontMatter.MetaTitle);
        if (metaTitle is { Length: > SeoText.MaxTitle })
        {
            errors.Add($"'metaTitle' is {metaTitle.Length} characters long; search results show at most {SeoText.MaxTitle}: shorten it (or leave it out to use the title, cut to fit)");
        }

        var metaDescription = Optional(frontMatter.MetaDescription);
        if (metaDescription is { Length: > SeoText.MaxDescription })
        {
            errors.Add($"'metaDescription' is {metaDescription.Length} characters long; search results show at most {SeoText.MaxDescription}: shorten it (or leave it out to use the summary, cut to fit)");
        }

        var canonical = Optional(frontMatter.CanonicalUrl);
        if (canonical is not null && !HttpUrl.IsValid(canonical))
        {
            errors.Add($"'canonicalUrl' '{canonical}' must be an absolute http or https URL, e.g. https://example.org/articles/my-article");
        }

        var lastReviewed = ReviewDate(Optional(frontMatter.LastReviewed), published, today, errors);
        var reviewedBy = Optional(frontMatter.ReviewedBy);
        return metadata is null ? null : metadata with
        {
            MetaTitle = metaTitle,
            MetaDescription = metaDescription,
            CanonicalUrl = canonical,
            ReviewedBy = reviewedBy,
            LastReviewed = lastReviewed,
            References = frontMatter.References ?? [],
        };
    }

    private static DateOnly? ReviewDate(string? text, DateOnly? published, DateOnly today, FileErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add($"'lastReviewed' '{text}' is not a date in the form yyyy-MM-dd, e.g. 2026-11-03");
            return null;
        }

        if (published is { } p && date < p)
        {
            errors.Add($"'lastReviewed' ({text}) is before 'published' ({p:yyyy-MM-dd})");
        }

        if (date > today)
        {
            errors.Add($"'lastReviewed' ({text}) is in the future; give the date the review was done");
        }

        return date;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
