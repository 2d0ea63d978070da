using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Content.Search;

namespace NkFunctions.Core.Tests.Content.Search;

public sealed class SearchQueryParserTests
{
    [Fact]
    public void Parse_QueryOnly_Defaults()
    {
        var (query, error) = SearchQueryParser.Parse(Query(("q", "  placenta  ")));

        Assert.Null(error);
        Assert.Equal(new SearchQuery("placenta", null, SearchQuery.DefaultLimit, 0, false), query);
    }

    [Fact]
    public void Parse_EveryParameter_Read()
    {
        var (query, error) = SearchQueryParser.Parse(Query(("q", "nk cells"), ("limit", "5"), ("page", "3"), ("tag", "NK Cells")));

        Assert.Null(error);
        Assert.Equal(new SearchQuery("nk cells", "nk-cells", 5, 10, false), query);
    }

    [Fact]
    public void Parse_Cursor_ReadsItsOffset()
    {
        var (query, _) = SearchQueryParser.Parse(Query(("q", "x"), ("cursor", ListCursor.Encode(20))));

        Assert.Equal(20, query!.Offset);
        Assert.True(query.ByCursor);
    }

    [Theory]
    [InlineData(null, null, null, "invalid-query")]
    [InlineData("   ", null, null, "invalid-query")]
    [InlineData("x", "0", null, "invalid-limit")]
    [InlineData("x", "51", null, "invalid-limit")]
    [InlineData("x", "ten", null, "invalid-limit")]
    [InlineData("x", null, "0", "invalid-page")]
    [InlineData("x", null, "-1", "invalid-page")]
    public void Parse_Invalid_NamesTheParameter(string? q, string? limit, string? page, string code)
    {
        var pairs = new List<(string, string)>();
        AddIf(pairs, "q", q);
        AddIf(pairs, "limit", limit);
        AddIf(pairs, "page", page);

        var (query, error) = SearchQueryParser.Parse(Query([.. pairs]));

        Assert.Null(query);
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void Parse_TooLong_Refused()
    {
        var (_, ok) = SearchQueryParser.Parse(Query(("q", new string('a', SearchQuery.MaxLength))));
        var (_, error) = SearchQueryParser.Parse(Query(("q", new string('a', SearchQuery.MaxLength + 1))));

        Assert.Null(ok);
        Assert.Equal("invalid-query", error!.Code);
        Assert.Contains("201", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("limit")]
    [InlineData("tag")]
    public void Parse_Repeated_Refused(string name)
    {
        var (_, error) = SearchQueryParser.Parse(new QueryCollection(new Dictionary<string, StringValues>
        {
            ["q"] = "x",
            [name] = new StringValues(["1", "2"]),
        }));

        Assert.Equal("duplicate-parameter", error!.Code);
        Assert.Contains(name, error.Detail, StringComparison.Ordinal);
    }

    private static void AddIf(List<(string, string)> pairs, string name, string? value)
    {
        if (value is not null)
        {
            pairs.Add((name, value));
        }
    }

    private static QueryCollection Query(params (string Name, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Name, p => new StringValues(p.Value)));
}
