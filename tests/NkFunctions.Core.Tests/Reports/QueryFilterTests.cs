using NkFunctions.Core.Reports.Raw;

namespace NkFunctions.Core.Tests.Reports;

/// <summary>
/// Values reach Table queries only through TableClient.CreateQueryFilter, which quotes them as OData string literals:
/// an injected quote is doubled and stays inside the literal, so the filter keeps its shape.
/// </summary>
public sealed class QueryFilterTests
{
    [Theory]
    [InlineData("' or 1 eq 1 or '")]
    [InlineData("x' or PartitionKey ne 'x")]
    [InlineData("') or true or ('")]
    [InlineData("x'' and RowKey gt ''")]
    public void DayFilter_InjectedSlug_StaysOneQuotedLiteral(string slug)
    {
        var filter = RawEventReader.DayFilter(new DateOnly(2026, 11, 25), slug);

        var escaped = slug.Replace("'", "''", StringComparison.Ordinal);
        Assert.Equal($"PartitionKey ge '20261125_{escaped}_' and PartitionKey lt '20261125_{escaped}`'", filter);

        // Outside the two literals only the filter's own words remain.
        var outside = string.Concat(filter.Split('\'').Where((_, i) => i % 2 == 0));
        Assert.Equal("PartitionKey ge  and PartitionKey lt ", outside.Replace("''", string.Empty, StringComparison.Ordinal));
    }
}
