using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>The RSS, Atom and JSON feeds (configuration section <c>Feeds</c>), validated on start.</summary>
public sealed class FeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Feeds";

    /// <summary>The feeds' title, also their author when an article names none (Atom requires one).</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(200)]
    public string Title { get; set; } = "NK Cells in Pregnancy";

    /// <summary>One sentence on what the feed carries.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(500)]
    public string Description { get; set; } = "Articles on NK cells, fertility and pregnancy.";

    /// <summary>
    /// <see cref="FeedContent.Summary"/> (default) sends each article's summary and a link, so readers come to the
    /// site; <see cref="FeedContent.Full"/> sends the whole rendered article as well.
    /// </summary>
    [EnumDataType(typeof(FeedContent))]
    public FeedContent Content { get; set; } = FeedContent.Summary;

    /// <summary>How many of the newest articles a feed lists.</summary>
    [Range(1, 500)]
    public int MaxItems { get; set; } = 50;
}
