using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>What every feed format says about one article, worked out once for all three.</summary>
internal sealed record FeedEntry(string Url, string Title, string? Author, DateTimeOffset Published, DateTimeOffset Updated, string Summary, string? Html, IReadOnlyList<string> Tags)
{
    public static FeedEntry From(Article article, PublicBase publicBase, FeedContent content)
    {
        var m = article.Metadata;
        var published = Midnight(m.Published);
        return new FeedEntry(
            publicBase.PageUrl(m),
            m.Title,
            m.Author,
            published,
            m.Updated is { } updated ? Midnight(updated) : published,
            m.Summary,
            content == FeedContent.Full ? string.Join("\n", article.Sections.Select(s => s.Html)) : null,
            m.Tags);
    }

    // Front matter dates are UTC calendar dates; feeds want instants, so each is the start of its UTC day.
    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
