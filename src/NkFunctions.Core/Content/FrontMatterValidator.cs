using System.Globalization;
using System.Text.RegularExpressions;

namespace NkFunctions.Core.Content;

/// <summary>Checks the formats and rules of the front matter contract and turns it into <see cref="ArticleMetadata"/>.</summary>
internal static partial class FrontMatterValidator
{
    public const int MaxSummaryLength = 300;

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>True when <paramref name="slug"/> is lowercase words of <c>a-z0-9</c> joined by single hyphens.</summary>
    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    /// <summary>Validates every field; returns <see langword="null"/> when any of them is wrong.</summary>
    /// <param name="frontMatter">The front matter as written.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="today">The latest calendar date anywhere now (dates after it are in the future); defaults to the system clock's.</param>
    public static ArticleMetadata? Validate(FrontMatter frontMatter, FileErrors errors, DateOnly? today = null)
    {
        var before = errors.Count;

        var title = Required(frontMatter, FrontMatterKeys.Title, frontMatter.Title, errors);

        var slug = Required(frontMatter, FrontMatterKeys.Slug, frontMatter.Slug, errors);
        if (slug is not null && !IsValidSlug(slug))
        {
            errors.Add($"'slug' '{slug}' is not valid: use lowercase letters and digits in words joined by single hyphens, e.g. nk-cells-in-pregnancy");
        }

        var published = Date(FrontMatterKeys.Published, Required(frontMatter, FrontMatterKeys.Published, frontMatter.Published, errors), errors);
        var updated = Date(FrontMatterKeys.Updated, Optional(frontMatter.Updated), errors);
        if (published is { } p && updated is { } u && u < p)
        {
            errors.Add($"'updated' ({Format(u)}) is before 'published' ({Format(p)})");
        }

        var summary = Required(frontMatter, FrontMatterKeys.Summary, frontMatter.Summary, errors);
        if (summary is { Length: > MaxSummaryLength })
        {
            errors.Add($"'summary' is {summary.Length} characters long; keep it to one or two sentences of at most {MaxSummaryLength} characters");
        }

        var draft = Draft(frontMatter.Draft, errors);
        var path = PagePath(Optional(frontMatter.Path), slug, errors);

        var valid = errors.Count == before && title is not null && slug is not null && published is not null && summary is not null;
        var metadata = !valid ? null : new ArticleMetadata(
            Slug: slug!,
            Title: title!,
            Author: Optional(frontMatter.Author),
            Published: published!.Value,
            Updated: updated,
            Summary: summary!,
            Tags: frontMatter.Tags ?? [],
            Draft: draft,
            Disclaimer: Optional(frontMatter.Disclaimer),
            PagePath: path);
        metadata = Seo.SeoFieldsValidator.Apply(frontMatter, metadata, published, today ?? LatestToday(TimeProvider.System), errors);
        return errors.Count > before ? null : metadata;
    }

    /// <summary>
    /// The latest calendar date anywhere on Earth (UTC+14), so a date an author wrote today in their own zone is never
    /// "in the future".
    /// </summary>
    public static DateOnly LatestToday(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(14));

    private static string? Required(FrontMatter frontMatter, string key, string? value, FileErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (value is not null)
        {
            errors.Add($"'{key}' is empty; it is required");
        }
        else if (!frontMatter.Keys.Contains(key))
        {
            errors.Add($"missing required front matter field '{key}'");
        }

        // Present but null means its shape was wrong, which the reader already reported.
        return null;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateOnly? Date(string key, string? value, FileErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"'{key}' '{value}' is not a date in the form {DateFormat}, e.g. 2026-11-03");
        return null;
    }

    private static bool Draft(string? value, FileErrors errors)
    {
        if (Optional(value) is not { } text)
        {
            return false;
        }

        if (bool.TryParse(text, out var draft))
        {
            return draft;
        }

        errors.Add($"'draft' must be true or false, not '{text}'");
        return false;
    }

    private static string PagePath(string? value, string? slug, FileErrors errors)
    {
        if (value is null)
        {
            return $"/articles/{slug}";
        }

        // "//host" and "/\host" are read by browsers as another site, so they are not page paths.
        var valid = value.StartsWith('/')
            && !value.StartsWith("//", StringComparison.Ordinal)
            && !value.Contains('\\', StringComparison.Ordinal)
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
        if (!valid)
        {
            errors.Add($"'path' '{value}' must be a site path starting with a single '/', without spaces or backslashes, e.g. /articles/{slug ?? "my-article"}");
        }

        return value;
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
