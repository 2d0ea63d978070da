namespace NkFunctions.Core.Tests.TestSupport;

/// <summary>Article sources for tests: a valid article by default, with the part under test swapped in.</summary>
internal static class ArticleText
{
    public const string DefaultBody = "Lead paragraph.\n\n## First Section\n\nSome text.\n";

    public const string ValidFields = """
        title: Test Article
        slug: test-article
        published: 2026-01-01
        summary: A short test article.
        """;

    /// <summary>A valid article with the given slug and body.</summary>
    public static string Valid(string slug = "test-article", string body = DefaultBody) =>
        WithFrontMatter(ValidFields.Replace("slug: test-article", $"slug: {slug}", StringComparison.Ordinal), body);

    /// <summary>An article whose front matter is exactly <paramref name="yaml"/>.</summary>
    public static string WithFrontMatter(string yaml, string body = DefaultBody) => $"---\n{yaml}\n---\n\n{body}";

    /// <summary>The valid fields plus <paramref name="extraLines"/> (e.g. an optional field under test).</summary>
    public static string WithExtraFields(string extraLines, string body = DefaultBody) =>
        WithFrontMatter($"{ValidFields}\n{extraLines}", body);

    /// <summary>
    /// The valid fields with <paramref name="key"/>'s line replaced by <paramref name="line"/> (added when the key is
    /// not among them; the key removed when <paramref name="line"/> is empty).
    /// </summary>
    public static string WithField(string key, string line, string body = DefaultBody)
    {
        var lines = ValidFields.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (index < 0)
        {
            lines.Add(line);
        }
        else
        {
            lines[index] = line;
        }

        return WithFrontMatter(string.Join('\n', lines.Where(l => l.Length > 0)), body);
    }
}
