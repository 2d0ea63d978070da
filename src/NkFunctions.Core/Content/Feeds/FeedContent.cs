namespace NkFunctions.Core.Content.Feeds;

/// <summary>What a feed item carries besides its title and link.</summary>
public enum FeedContent
{
    /// <summary>The article's summary.</summary>
    Summary,

    /// <summary>The summary and the whole article as sanitized HTML.</summary>
    Full,
}
