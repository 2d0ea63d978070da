using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NkFunctions.Core.Content;

/// <summary>
/// Reads the YAML of a front matter block into a <see cref="FrontMatter"/>. It walks the YAML node tree itself instead
/// of deserializing into a class so that every unknown key and every wrongly shaped value is reported, with its line,
/// rather than only the first one a deserializer trips over.
/// </summary>
internal static class FrontMatterReader
{
    /// <summary>Reads <paramref name="yaml"/>; returns <see langword="null"/> when it is not a readable mapping.</summary>
    /// <param name="yaml">The text between the <c>---</c> lines.</param>
    /// <param name="firstLine">1-based file line of the YAML's first line, so messages point into the file.</param>
    /// <param name="errors">Where problems go.</param>
    public static FrontMatter? Read(string yaml, int firstLine, FileErrors errors)
    {
        var root = Load(yaml, firstLine, errors);
        if (root is null)
        {
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = FileLine(firstLine, keyNode.Start.Line);
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                errors.Add($"front matter line {line}: keys must be plain names such as 'title'");
                continue;
            }

            if (!FrontMatterKeys.All.Contains(key, StringComparer.Ordinal))
            {
                errors.Add($"unknown front matter key '{key}' (line {line}); the known keys are: {string.Join(", ", FrontMatterKeys.All)}");
                continue;
            }

            values[key] = valueNode;
        }

        var reader = new YamlValueReader(values, firstLine, errors);
        return new FrontMatter(
            Keys: values.Keys.ToHashSet(StringComparer.Ordinal),
            Title: reader.Scalar(FrontMatterKeys.Title),
            Slug: reader.Scalar(FrontMatterKeys.Slug),
            Author: reader.Scalar(FrontMatterKeys.Author),
            Published: reader.Scalar(FrontMatterKeys.Published),
            Updated: reader.Scalar(FrontMatterKeys.Updated),
            Summary: reader.Scalar(FrontMatterKeys.Summary),
            Tags: reader.List(FrontMatterKeys.Tags),
            Draft: reader.Scalar(FrontMatterKeys.Draft),
            Disclaimer: reader.Scalar(FrontMatterKeys.Disclaimer),
            Path: reader.Scalar(FrontMatterKeys.Path))
        {
            MetaTitle = reader.Scalar(FrontMatterKeys.MetaTitle),
            MetaDescription = reader.Scalar(FrontMatterKeys.MetaDescription),
            CanonicalUrl = reader.Scalar(FrontMatterKeys.CanonicalUrl),
            ReviewedBy = reader.Scalar(FrontMatterKeys.ReviewedBy),
            LastReviewed = reader.Scalar(FrontMatterKeys.LastReviewed),
            References = Seo.ReferenceReader.Read(reader, FrontMatterKeys.References),
            Cover = reader.Mapping(FrontMatterKeys.Cover, Images.CoverImage.Keys, Images.CoverImage.Example),
        };
    }

    private static YamlMappingNode? Load(string yaml, int firstLine, FileErrors errors)
    {
        var stream = new YamlStream();
        var tracker = new YamlPositionTracker(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(tracker);
        }
        catch (YamlException ex)
        {
            errors.Add($"malformed YAML in front matter at line {FileLine(firstLine, ex.Start.Line)}: {ex.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's own bug path (no position in the exception): point at where parsing last succeeded.
            errors.Add($"malformed YAML in front matter near line {FileLine(firstLine, tracker.LastLine)}: check quotes and brackets");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add("front matter is empty: it needs at least title, slug, published and summary");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            errors.Add($"front matter must be 'key: value' lines (line {firstLine})");
            return null;
        }

        return mapping;
    }

    internal static long FileLine(int firstLine, long yamlLine) => firstLine + yamlLine - 1;
}
