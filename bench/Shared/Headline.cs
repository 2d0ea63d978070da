using System.Globalization;

/// <summary>
/// One headline figure of a benchmark: what was measured, the figure, the target and whether it was met. Each bench
/// program prints its headlines as tab-separated lines starting with <see cref="Prefix"/>; bench/NkBench collects them
/// into the report's summary table and leaves the rest of the output as the scenario's Markdown. Linked into every
/// bench project.
/// </summary>
internal sealed record Headline(string Measure, string Figure, string Target, string Verdict)
{
    public const string Prefix = "@headline\t";

    /// <summary>The line a bench program prints.</summary>
    public string ToLine() => Prefix + string.Join('\t', Clean(Measure), Clean(Figure), Clean(Target), Clean(Verdict));

    /// <summary>Parses a line printed by <see cref="ToLine"/>, or null when it is not a headline.</summary>
    public static Headline? TryParse(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var fields = line[Prefix.Length..].Split('\t');
        return fields.Length == 4 ? new Headline(fields[0], fields[1], fields[2], fields[3]) : null;
    }

    /// <summary>"met", or "missed" with how far the value fell short of a floor.</summary>
    public static string AtLeast(double value, double floor, string unit) =>
        value >= floor
            ? "met"
            : string.Create(CultureInfo.InvariantCulture, $"missed: {Number(value)}{unit} is {value / floor:P0} of {Number(floor)}{unit}");

    /// <summary>"met", or "missed" with how far the value went over a ceiling.</summary>
    public static string AtMost(double value, double ceiling, string unit) =>
        value <= ceiling
            ? "met"
            : string.Create(CultureInfo.InvariantCulture, $"missed: {Number(value)}{unit} is {value / ceiling:0.##}x the {Number(ceiling)}{unit} limit");

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);

    // A tab or a newline in a field would break the one-line format; Markdown pipes would break the table.
    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);
}
