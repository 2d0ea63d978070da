namespace NkBench.Scenarios;

/// <summary>What a scenario reports: its headline figures (for the summary table) and its Markdown tables.</summary>
internal sealed record ScenarioResult(string Id, string Title, IReadOnlyList<Headline> Headlines, string Markdown, TimeSpan Elapsed)
{
    /// <summary>A scenario that broke: the report says so, and the harness exits non-zero.</summary>
    public bool Failed { get; init; }

    /// <summary>Splits a bench program's output into its headline lines and the Markdown around them.</summary>
    public static (IReadOnlyList<Headline> Headlines, string Markdown) Split(string output)
    {
        var headlines = new List<Headline>();
        var markdown = new List<string>();
        foreach (var line in output.Split('\n'))
        {
            if (Headline.TryParse(line) is { } headline)
            {
                headlines.Add(headline);
            }
            else
            {
                markdown.Add(line);
            }
        }

        return (headlines, string.Join('\n', markdown).Trim());
    }
}
