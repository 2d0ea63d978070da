using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Content.Seo;

/// <summary>
/// Who publishes the articles, for social cards and schema.org structured data (configuration section <c>Seo</c>),
/// validated on start.
/// </summary>
public sealed class SeoOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Seo";

    /// <summary>The site's name, as Open Graph's <c>og:site_name</c>.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(200)]
    public string SiteName { get; set; } = "NK Cells in Pregnancy";

    /// <summary>The publishing organisation's name (schema.org <c>publisher</c>).</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(200)]
    public string PublisherName { get; set; } = "NK Cells in Pregnancy";

    /// <summary>The publisher's home page (absolute http or https); empty for the site root the articles are served on.</summary>
    public string PublisherUrl { get; set; } = string.Empty;

    /// <summary>The publisher's logo (absolute http or https URL of an image); empty for none.</summary>
    public string PublisherLogo { get; set; } = string.Empty;

    /// <summary>The articles' language as a BCP 47 tag (schema.org <c>inLanguage</c>).</summary>
    [Required]
    [RegularExpression("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "Seo:Language must be a BCP 47 language tag such as en or en-GB.")]
    public string Language { get; set; } = "en";

    /// <summary>True when the URLs are empty or absolute http(s) URLs.</summary>
    public bool HasValidUrls() =>
        (PublisherUrl.Length == 0 || HttpUrl.IsValid(PublisherUrl)) && (PublisherLogo.Length == 0 || HttpUrl.IsValid(PublisherLogo));
}
