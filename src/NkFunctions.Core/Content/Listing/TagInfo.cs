namespace NkFunctions.Core.Content.Listing;

/// <summary>A tag as the API lists it.</summary>
/// <param name="Slug">Its URL key, see <see cref="TagSlug"/>.</param>
/// <param name="Name">How the newest article using it spells it.</param>
/// <param name="Count">Published articles carrying it.</param>
public sealed record TagInfo(string Slug, string Name, int Count);
