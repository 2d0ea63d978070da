using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Queries;

/// <summary>How a filter compares a page view's value.</summary>
public enum FilterOp
{
    /// <summary><c>==</c>: equal (ordinal).</summary>
    Is,

    /// <summary><c>!=</c>: not equal; page views without a value pass.</summary>
    IsNot,

    /// <summary><c>~</c>: contains, ignoring case.</summary>
    Contains,
}

/// <summary>
/// One filter of <c>filters=</c> (docs/stats-api.md): a breakdown dimension, an operator and a value. A page view
/// passes when its value compares true; for <c>goal</c> and <c>prop</c> when any of its custom events does (so
/// <c>goal==Signup</c> keeps the page views that converted, and their figures).
/// </summary>
/// <param name="Dimension">What is compared.</param>
/// <param name="Op">How.</param>
/// <param name="Value">With what; <c>(none)</c> names a missing value, as in breakdowns.</param>
public sealed record ReportFilter(Dimension Dimension, FilterOp Op, string Value)
{
    /// <summary>Whether the page view passes.</summary>
    public bool Matches(PageViewFacts pageView)
    {
        ArgumentNullException.ThrowIfNull(pageView);
        var values = Dimension switch
        {
            Dimension.Article => [pageView.Article],
            Dimension.Goal => pageView.Goals.Select(g => g.Name).Distinct(StringComparer.Ordinal).ToList(),
            Dimension.Prop => pageView.Goals.SelectMany(g => g.Props.Select(p => DimensionNames.PropValue(g.Name, p.Key, p.Value))).ToList(),
            _ => [pageView.Dimensions[(int)Dimension] ?? DimensionNames.None],
        };
        return Op switch
        {
            FilterOp.Is => values.Contains(Value, StringComparer.Ordinal),
            FilterOp.IsNot => !values.Contains(Value, StringComparer.Ordinal),
            _ => values.Any(v => v.Contains(Value, StringComparison.OrdinalIgnoreCase)),
        };
    }

    /// <summary>The filter as written in the query (<c>device==mobile</c>).</summary>
    public override string ToString() =>
        DimensionNames.NameOf(Dimension) + (Op switch { FilterOp.Is => "==", FilterOp.IsNot => "!=", _ => "~" }) + Value;
}
