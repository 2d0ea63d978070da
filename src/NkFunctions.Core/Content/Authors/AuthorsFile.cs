using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Content.Seo;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NkFunctions.Core.Content.Authors;

/// <summary>
/// Reads the optional <c>authors.yml</c> at the content root: a list of authors, each with a <c>name</c> and optionally
/// <c>bio</c>, <c>url</c> and <c>sameAs</c>. Every problem is reported with its line, as for front matter.
/// </summary>
internal static class AuthorsFile
{
    /// <summary>The file name, relative to the content root.</summary>
    public const string FileName = "authors.yml";

    private static readonly string[] Keys = ["name", "bio", "url", "sameAs"];

    /// <summary>The records of <c>root/authors.yml</c> (none when there is no such file) and the problems found.</summary>
    public static (IReadOnlyList<AuthorProfile> Authors, IReadOnlyList<ContentError> Errors) Read(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return ([], []);
        }

        var errors = new FileErrors(FileName);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"cannot be read: {ex.Message}");
            return ([], errors.Items);
        }

        var authors = Parse(text, errors);
        return (errors.Count == 0 ? authors : [], errors.Items);
    }

    /// <summary>Parses the text of an authors file.</summary>
    public static List<AuthorProfile> Parse(string text, FileErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add($"malformed YAML at line {ex.Start.Line}: {ex.Message}");
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            errors.Add("must be a list of authors, each starting '- name: ...'");
            return [];
        }

        var authors = new List<AuthorProfile>();
        foreach (var item in list)
        {
            if (Author(item, errors) is not { } author)
            {
                continue;
            }

            if (authors.Find(a => a.Slug == author.Slug) is { } earlier)
            {
                errors.Add($"'{author.Name}' (line {item.Start.Line}) is the same author as '{earlier.Name}': names are matched by their slug, '{author.Slug}'");
                continue;
            }

            authors.Add(author);
        }

        return authors;
    }

    private static AuthorProfile? Author(YamlNode item, FileErrors errors)
    {
        var line = item.Start.Line;
        if (item is not YamlMappingNode mapping)
        {
            errors.Add($"line {line}: each author must be a mapping such as '- name: Jane Doe'");
            return null;
        }

        var before = errors.Count;
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && Keys.Contains(key, StringComparer.Ordinal))
            {
                values[key] = valueNode;
            }
            else
            {
                errors.Add($"unknown key '{(keyNode as YamlScalarNode)?.Value}' (line {keyNode.Start.Line}); an author's keys are: {string.Join(", ", Keys)}");
            }
        }

        var name = Text(values, "name", errors);
        var slug = name is null ? string.Empty : TagSlug.From(name);
        if (name is null)
        {
            errors.Add($"the author at line {line} has no 'name'");
        }
        else if (slug.Length == 0)
        {
            errors.Add($"the name '{name}' (line {line}) has no letter or digit to make a slug from");
        }

        var url = Text(values, "url", errors);
        CheckUrl("url", url, line, errors);
        var sameAs = new List<string>();
        if (values.TryGetValue("sameAs", out var sameAsNode))
        {
            IEnumerable<YamlNode> entries = sameAsNode is YamlSequenceNode seq ? seq : [sameAsNode];
            foreach (var entry in entries)
            {
                var link = (entry as YamlScalarNode)?.Value?.Trim();
                CheckUrl("sameAs", link ?? string.Empty, entry.Start.Line, errors);
                sameAs.Add(link ?? string.Empty);
            }
        }

        var bio = Text(values, "bio", errors);
        return errors.Count > before ? null : new AuthorProfile(slug, name!, bio, url, sameAs);
    }

    private static string? Text(Dictionary<string, YamlNode> values, string key, FileErrors errors)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        errors.Add($"'{key}' must be a non-empty text (line {node.Start.Line})");
        return null;
    }

    private static void CheckUrl(string key, string? url, long line, FileErrors errors)
    {
        if (url is not null && !HttpUrl.IsValid(url))
        {
            errors.Add($"'{key}' '{url}' must be an absolute http or https URL (line {line})");
        }
    }
}
