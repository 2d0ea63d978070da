namespace NkFunctions.Core.Content.Search;

/// <summary>
/// The fields of a section's search document and their weights: a hit in the article's title says more than one in
/// the section's heading, which says more than a tag, which says more than a word somewhere in the body.
/// </summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Heading = "heading";
    public const string Tags = "tags";
    public const string Text = "text";

    /// <summary>Tag slugs, indexed whole, for the <c>tag</c> filter.</summary>
    public const string TagSlug = "tag";

    /// <summary>The article's position in the catalog's published list (a doc value).</summary>
    public const string Article = "article";

    /// <summary>The section's index within its article (a doc value).</summary>
    public const string Section = "section";

    /// <summary>The searched text fields with their boosts, strongest first.</summary>
    public static readonly (string Name, float Boost)[] Weighted = [(Title, 4f), (Heading, 2.5f), (Tags, 2f), (Text, 1f)];

    /// <summary>The fields a quoted phrase is looked for in (tags are short lists, not prose).</summary>
    public static readonly (string Name, float Boost)[] Prose = [(Title, 4f), (Heading, 2.5f), (Text, 1f)];
}
