namespace NkFunctions.Core.Tests.Content;

/// <summary>
/// One expected section of a rendering case. Case files (<c>name.html</c>) hold each section's HTML after a marker
/// line <c>&lt;!-- section: {id} | {title} --&gt;</c>, so expected HTML stays readable, markdig-spec style.
/// </summary>
internal sealed record RenderingCase(string Id, string Title, string Html)
{
    private const string MarkerStart = "<!-- section: ";
    private const string MarkerEnd = " -->";

    public static IReadOnlyList<RenderingCase> ReadAll(string path)
    {
        var sections = new List<RenderingCase>();
        string? id = null, title = null;
        var html = new List<string>();

        foreach (var line in File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith(MarkerStart, StringComparison.Ordinal) && line.EndsWith(MarkerEnd, StringComparison.Ordinal))
            {
                Flush();
                var marker = line[MarkerStart.Length..^MarkerEnd.Length];
                var bar = marker.IndexOf(" | ", StringComparison.Ordinal);
                (id, title) = bar < 0 ? (marker, string.Empty) : (marker[..bar], marker[(bar + 3)..]);
            }
            else
            {
                html.Add(line);
            }
        }

        Flush();
        return sections;

        void Flush()
        {
            if (id is not null)
            {
                sections.Add(new RenderingCase(id, title!, string.Join('\n', html).Trim('\n')));
            }

            html.Clear();
        }
    }
}
