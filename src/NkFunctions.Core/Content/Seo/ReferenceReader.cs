using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace NkFunctions.Core.Content.Seo;

/// <summary>
/// Reads and checks the <c>references</c> front matter: a list of citations, each a mapping with a <c>title</c> and
/// optionally <c>url</c>, <c>authors</c>, <c>publisher</c>, <c>year</c> or <c>date</c>, and <c>doi</c>. Every problem is
/// reported with its line; a citation with any problem is left out (and the file is rejected by its errors).
/// </summary>
internal static partial class ReferenceReader
{
    private static readonly string[] Keys = ["title", "url", "authors", "publisher", "year", "date", "doi"];

    public static IReadOnlyList<Reference>? Read(YamlValueReader reader, string key)
    {
        var node = reader.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && YamlValueReader.IsNull(scalar))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            reader.Error($"'{key}' must be a list of citations, each with at least a title (line {reader.Line(node)})");
            return null;
        }

        var references = new List<Reference>();
        var number = 0;
        foreach (var item in list)
        {
            number++;
            if (Citation(reader, item, $"'{key}' entry {number}") is { } reference)
            {
                references.Add(reference);
            }
        }

        return references;
    }

    private static Reference? Citation(YamlValueReader reader, YamlNode item, string where)
    {
        if (item is not YamlMappingNode mapping)
        {
            reader.Error($"{where} must be a citation such as {{ title: ..., url: https://... }}, not a {YamlValueReader.Describe(item)} (line {reader.Line(item)})");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && Keys.Contains(name, StringComparer.Ordinal))
            {
                values[name] = valueNode;
                continue;
            }

            reader.Error($"{where} has an unknown key '{(keyNode as YamlScalarNode)?.Value}' (line {reader.Line(keyNode)}); a citation's keys are: {string.Join(", ", Keys)}");
            ok = false;
        }

        var line = reader.Line(mapping);
        string? Text(string name)
        {
            if (!values.TryGetValue(name, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar && !YamlValueReader.IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                return scalar.Value.Trim();
            }

            reader.Error($"{where}: '{name}' must be a non-empty text (line {reader.Line(node)})");
            ok = false;
            return null;
        }

        var title = Text("title");
        if (title is null && !values.ContainsKey("title"))
        {
            reader.Error($"{where} has no 'title' (line {line}); every citation needs one");
            ok = false;
        }

        var url = Text("url");
        if (url is not null && !HttpUrl.IsValid(url))
        {
            reader.Error($"{where}: 'url' '{url}' must be an absolute http or https URL (line {line})");
            ok = false;
        }

        var authors = Authors(reader, values, where, ref ok);
        var publisher = Text("publisher");
        var year = Year(reader, Text("year"), where, line, ref ok);
        var date = Date(reader, Text("date"), where, line, ref ok);
        if (year is not null && date is not null)
        {
            reader.Error($"{where} gives both 'year' and 'date' (line {line}); give one");
            ok = false;
        }

        var doi = Text("doi");
        if (doi is not null && !DoiPattern().IsMatch(doi))
        {
            reader.Error($"{where}: 'doi' '{doi}' is not a DOI: write it as 10.<registrant>/<suffix>, e.g. 10.1038/nri.2016.27, without https://doi.org/ (line {line})");
            ok = false;
        }

        return ok && title is not null ? new Reference(title, url, authors, publisher, year, date, doi) : null;
    }

    private static List<string> Authors(YamlValueReader reader, Dictionary<string, YamlNode> values, string where, ref bool ok)
    {
        if (!values.TryGetValue("authors", out var node))
        {
            return [];
        }

        // One author may be written as a plain value; several as a list.
        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence : [node];
        var authors = new List<string>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } name } scalar && !YamlValueReader.IsNull(scalar) && !string.IsNullOrWhiteSpace(name))
            {
                authors.Add(name.Trim());
            }
            else
            {
                reader.Error($"{where}: every entry of 'authors' must be a non-empty name (line {reader.Line(item)})");
                ok = false;
            }
        }

        return authors;
    }

    private static int? Year(YamlValueReader reader, string? text, string where, string line, ref bool ok)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999)
        {
            return year;
        }

        reader.Error($"{where}: 'year' '{text}' must be a four-digit year (line {line})");
        ok = false;
        return null;
    }

    private static DateOnly? Date(YamlValueReader reader, string? text, string where, string line, ref bool ok)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        reader.Error($"{where}: 'date' '{text}' is not a date in the form yyyy-MM-dd (line {line})");
        ok = false;
        return null;
    }

    // Crossref's recommended pattern for modern DOIs (https://www.crossref.org/blog/dois-and-matching-regular-expressions/).
    [GeneratedRegex(@"^10\.\d{4,9}/[-._;()/:A-Za-z0-9<>\[\]]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();
}
