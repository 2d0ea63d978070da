using System.Collections.Frozen;
using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Core.Content.Authors;

/// <summary>The author records by slug: a name in front matter finds its record the way a tag finds its slug.</summary>
internal sealed class AuthorDirectory
{
    private readonly FrozenDictionary<string, AuthorProfile> _bySlug;

    public AuthorDirectory(IEnumerable<AuthorProfile> profiles)
    {
        _bySlug = profiles.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
    }

    /// <summary>No records: every author is just a name.</summary>
    public static AuthorDirectory Empty { get; } = new([]);

    /// <summary>The record for <paramref name="name"/> (matched by slug), or null when there is none.</summary>
    public AuthorProfile? Find(string? name) =>
        name is not null && _bySlug.TryGetValue(TagSlug.From(name), out var profile) ? profile : null;
}
