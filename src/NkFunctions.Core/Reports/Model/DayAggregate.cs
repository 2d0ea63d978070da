namespace NkFunctions.Core.Reports.Model;

/// <summary>
/// One scope's figures for one UTC day (an article, or all articles together): what a rollup row set stores and
/// what the reports merge across days. Distinct visitors are only counted within the day, so multi-day visitors
/// are sums of daily visitors by definition.
/// </summary>
public sealed class DayAggregate
{
    /// <summary>Non-bot page views.</summary>
    public long Pageviews { get; set; }

    /// <summary>Distinct visitor-day hashes among them.</summary>
    public long Visitors { get; set; }

    /// <summary>Page views with a read.</summary>
    public long Reads { get; set; }

    /// <summary>Visitor-days with exactly one page view (in scope) and under 10 s engaged.</summary>
    public long Bounces { get; set; }

    /// <summary>Page views flagged as bots (counted here only).</summary>
    public long Bots { get; set; }

    /// <summary>Sum of max scroll depths over page views that reported one.</summary>
    public long ScrollSum { get; set; }

    /// <summary>How many page views reported a scroll depth.</summary>
    public long ScrollCount { get; set; }

    /// <summary>Engaged seconds per page view.</summary>
    public EngagedHistogram Engaged { get; init; } = new();

    /// <summary>Per section id: page views that saw it, and their engaged seconds in it.</summary>
    public Dictionary<string, SectionAggregate> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Per breakdown dimension: value → page views and visitors.</summary>
    public Dictionary<Dimension, Dictionary<string, DimensionCount>> Dimensions { get; } = [];

    /// <summary>
    /// Per article slug, that article's totals (no sections or dimensions): filled in the all-articles scope only, so
    /// top articles is one read of one partition however many articles there are.
    /// </summary>
    public Dictionary<string, DayAggregate> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>True when nothing happened in scope that day (no page views, no bots).</summary>
    public bool IsEmpty => Pageviews == 0 && Bots == 0;

    /// <summary>The counts for one value of a dimension, created empty on first use.</summary>
    public DimensionCount For(Dimension dimension, string value)
    {
        if (!Dimensions.TryGetValue(dimension, out var values))
        {
            Dimensions[dimension] = values = new Dictionary<string, DimensionCount>(StringComparer.Ordinal);
        }

        if (!values.TryGetValue(value, out var count))
        {
            values[value] = count = new DimensionCount();
        }

        return count;
    }

    /// <summary>Adds another aggregate's totals (counts, scroll sums, engaged histogram) to this one's.</summary>
    public void AddTotals(DayAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Pageviews += other.Pageviews;
        Visitors += other.Visitors;
        Reads += other.Reads;
        Bounces += other.Bounces;
        Bots += other.Bots;
        ScrollSum += other.ScrollSum;
        ScrollCount += other.ScrollCount;
        Engaged.Merge(other.Engaged);
    }

    /// <summary>One article's totals (all-articles scope), created empty on first use.</summary>
    public DayAggregate ArticleTotals(string slug)
    {
        if (!Articles.TryGetValue(slug, out var article))
        {
            Articles[slug] = article = new DayAggregate();
        }

        return article;
    }

    /// <summary>The figures for one section, created empty on first use.</summary>
    public SectionAggregate Section(string sectionId)
    {
        if (!Sections.TryGetValue(sectionId, out var section))
        {
            Sections[sectionId] = section = new SectionAggregate();
        }

        return section;
    }
}

/// <summary>One section's day: page views that saw it and their engaged seconds in it.</summary>
public sealed class SectionAggregate
{
    /// <summary>Page views that saw the section.</summary>
    public long Seen { get; set; }

    /// <summary>Engaged seconds in the section, over the page views that saw it.</summary>
    public EngagedHistogram Engaged { get; init; } = new();
}

/// <summary>One breakdown value's day.</summary>
public sealed class DimensionCount
{
    /// <summary>Page views with the value.</summary>
    public long Pageviews { get; set; }

    /// <summary>Distinct visitors among them (that day).</summary>
    public long Visitors { get; set; }
}
