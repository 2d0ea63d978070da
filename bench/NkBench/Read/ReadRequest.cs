namespace NkBench.Read;

/// <summary>One request shape of the read scenarios; <see cref="Conditional"/> sends the target's own ETag in If-None-Match.</summary>
internal sealed record ReadRequest(string Name, string Path, string Accept, bool Conditional)
{
    private const string Slug = "nk-cells-in-pregnancy";
    private const string Section = $"/api/articles/{Slug}/sections/understanding-nk-cells-in-fertility";

    /// <summary>
    /// A section (JSON and HTML fragment) and the full article: what a reader's page asks for; and a section's embed
    /// page, pre-rendered the same way, which partners' iframes ask for (issue 5: the section request's target).
    /// </summary>
    public static IReadOnlyList<ReadRequest> Full(bool conditional)
    {
        var suffix = conditional ? ", If-None-Match (304)" : string.Empty;
        return
        [
            new("section JSON" + suffix, Section, "application/json", conditional),
            new("section HTML fragment" + suffix, Section, "text/html", conditional),
            new("full article JSON" + suffix, $"/api/articles/{Slug}", "application/json", conditional),
            new("section embed page" + suffix, $"/api/embed/{Slug}/understanding-nk-cells-in-fertility", "text/html", conditional),
        ];
    }

    /// <summary>The status every response must have: anything else means the scenario measures the wrong path.</summary>
    public int ExpectedStatus => Conditional ? 304 : 200;
}
