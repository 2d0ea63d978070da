using System.Text.Json.Serialization;

namespace NkFunctions.Core.Content.Authors;

/// <summary>An author as the API lists them.</summary>
/// <param name="Slug">Their URL key, made from the name like a tag's.</param>
/// <param name="Name">The name in <c>authors.yml</c>, or as the newest article spells it.</param>
/// <param name="Count">Published articles by them.</param>
/// <param name="Bio">From <c>authors.yml</c>, when given.</param>
/// <param name="Url">From <c>authors.yml</c>, when given.</param>
/// <param name="SameAs">From <c>authors.yml</c>, when given.</param>
public sealed record AuthorInfo(
    string Slug,
    string Name,
    int Count,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Bio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? SameAs);
