using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NkFunctions.Core.Content;

/// <summary>
/// Reads the front matter values by key, checking their YAML shape (single value or list) and reporting shape errors
/// against the file's line numbers.
/// </summary>
internal sealed class YamlValueReader(IReadOnlyDictionary<string, YamlNode> values, int firstLine, FileErrors errors)
{
    public string? Scalar(string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? string.Empty : scalar.Value!.Trim();
        }

        errors.Add($"'{key}' must be a single value, not a {Describe(node)} (line {Line(node)})");
        return null;
    }

    public List<string>? List(string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            errors.Add($"'{key}' must be a list such as [fertility, pregnancy], not a {Describe(node)} (line {Line(node)})");
            return null;
        }

        var items = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } itemScalar && !IsNull(itemScalar) && !string.IsNullOrWhiteSpace(text))
            {
                items.Add(text.Trim());
            }
            else
            {
                errors.Add($"every entry of '{key}' must be a non-empty text (line {Line(item)})");
            }
        }

        return items;
    }

    /// <summary>
    /// A nested mapping of single values such as <c>cover: { src: …, alt: … }</c>: each known sub-key's text (empty
    /// when given no value), with unknown sub-keys and wrong shapes reported; null when absent or not a mapping.
    /// </summary>
    public Dictionary<string, string>? Mapping(string key, IReadOnlyList<string> subKeys, string example)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            errors.Add($"'{key}' must be a mapping such as {example}, not a {Describe(node)} (line {Line(node)})");
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (subKeyNode, valueNode) in mapping.Children)
        {
            if (subKeyNode is not YamlScalarNode { Value: { } subKey } || !subKeys.Contains(subKey, StringComparer.Ordinal))
            {
                errors.Add($"unknown key '{subKeyNode}' in '{key}' (line {Line(subKeyNode)}); the known keys are: {string.Join(", ", subKeys)}");
            }
            else if (valueNode is YamlScalarNode scalar)
            {
                result[subKey] = IsNull(scalar) ? string.Empty : scalar.Value!.Trim();
            }
            else
            {
                errors.Add($"'{key}.{subKey}' must be a single value, not a {Describe(valueNode)} (line {Line(valueNode)})");
            }
        }

        return result;
    }

    /// <summary>The raw node of <paramref name="key"/>, for values with a shape of their own (references).</summary>
    public YamlNode? Node(string key) => values.GetValueOrDefault(key);

    /// <summary>Reports a problem with a value.</summary>
    public void Error(string message) => errors.Add(message);

    /// <summary>The file line of <paramref name="node"/>, for messages.</summary>
    public string Line(YamlNode node) =>
        FrontMatterReader.FileLine(firstLine, node.Start.Line).ToString(CultureInfo.InvariantCulture);

    // YAML's null forms, unquoted: "title:" and "title: ~" mean "no value", not the text "~".
    /// <summary>True for YAML's unquoted null forms.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Names a node's YAML shape for messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "nested mapping",
        _ => "value of another kind",
    };
}
