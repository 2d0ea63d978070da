namespace NkFunctions.Core.Content;

/// <summary>The front matter contract's key names, in one place so the reader and its messages cannot drift.</summary>
internal static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Slug = "slug";
    public const string Author = "author";
    public const string Published = "published";
    public const string Updated = "updated";
    public const string Summary = "summary";
    public const string Tags = "tags";
    public const string Draft = "draft";
    public const string Disclaimer = "disclaimer";
    public const string Path = "path";
    public const string MetaTitle = "metaTitle";
    public const string MetaDescription = "metaDescription";
    public const string CanonicalUrl = "canonicalUrl";
    public const string ReviewedBy = "reviewedBy";
    public const string LastReviewed = "lastReviewed";
    public const string References = "references";
    public const string Cover = "cover";

    public static readonly IReadOnlyList<string> All =
        [Title, Slug, Author, Published, Updated, Summary, Tags, Draft, Disclaimer, Path,
         MetaTitle, MetaDescription, CanonicalUrl, ReviewedBy, LastReviewed, References, Cover];
}
