using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Core.Tests.Content.Listing;

public sealed class ArticleQueryParserTests
{
    [Fact]
    public void Parse_Nothing_TheDefaultQuery()
    {
        var (query, error) = ArticleQueryParser.Parse(Query(), tagFromPath: false);

        Assert.Null(error);
        Assert.Equal(ArticleQuery.Default, query);
    }

    [Fact]
    public void Parse_EveryParameter_Read()
    {
        var (query, error) = ArticleQueryParser.Parse(
            Query(("limit", "5"), ("page", "3"), ("tag", "NK Cells"), ("author", "Temp Dost"), ("publishedFrom", "2026-01-01"), ("publishedTo", "2026-12-31"), ("order", "title"), ("fields", "title, slug,title")),
            tagFromPath: false);

        Assert.Null(error);
        Assert.Equal(5, query!.Limit);
        Assert.Equal(10, query.Offset);
        Assert.Equal("nk-cells", query.Tag);
        Assert.Equal("temp-dost", query.Author);
        Assert.Equal(new DateOnly(2026, 1, 1), query.PublishedFrom);
        Assert.Equal(ArticleOrder.Title, query.Order);
        Assert.Equal([0, 1], query.Fields); // wire order, duplicates dropped
    }

    [Fact]
    public void Parse_Cursor_ReadsItsOffset()
    {
        var (query, error) = ArticleQueryParser.Parse(Query(("cursor", ListCursor.Encode(30))), tagFromPath: false);

        Assert.Null(error);
        Assert.Equal(30, query!.Offset);
        Assert.True(query.ByCursor);
    }

    [Theory]
    [InlineData("limit", "0", "invalid-limit")]
    [InlineData("limit", "101", "invalid-limit")]
    [InlineData("limit", "ten", "invalid-limit")]
    [InlineData("page", "0", "invalid-page")]
    [InlineData("page", "-1", "invalid-page")]
    [InlineData("page", "99999999999", "invalid-page")]
    [InlineData("cursor", "bm9wZQ", "invalid-cursor")]
    [InlineData("cursor", "!!", "invalid-cursor")]
    [InlineData("tag", "---", "invalid-tag")]
    [InlineData("author", "!", "invalid-author")]
    [InlineData("publishedFrom", "2026-13-01", "invalid-date")]
    [InlineData("publishedTo", "yesterday", "invalid-date")]
    [InlineData("order", "random", "invalid-order")]
    [InlineData("fields", "slug,password", "invalid-fields")]
    [InlineData("fields", ",", "invalid-fields")]
    public void Parse_BadValue_ErrorNamesTheParameter(string name, string value, string code)
    {
        var (query, error) = ArticleQueryParser.Parse(Query((name, value)), tagFromPath: false);

        Assert.Null(query);
        Assert.Equal(code, error!.Code);
        Assert.Contains($"The {name} parameter", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedParameter_Refused()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["limit"] = new(["1", "2"]) });

        var (_, error) = ArticleQueryParser.Parse(query, tagFromPath: false);

        Assert.Equal("duplicate-parameter", error!.Code);
        Assert.Contains("limit", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PageAndCursor_Refused()
    {
        var (_, error) = ArticleQueryParser.Parse(Query(("page", "2"), ("cursor", ListCursor.Encode(15))), tagFromPath: false);

        Assert.Equal("invalid-cursor", error!.Code);
    }

    [Fact]
    public void Parse_FromAfterTo_Refused()
    {
        var (_, error) = ArticleQueryParser.Parse(Query(("publishedFrom", "2026-02-01"), ("publishedTo", "2026-01-01")), tagFromPath: false);

        Assert.Equal("invalid-date", error!.Code);
        Assert.Contains("publishedFrom", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TagOnATagPage_Refused()
    {
        var (_, error) = ArticleQueryParser.Parse(Query(("tag", "fertility")), tagFromPath: true);

        Assert.Equal("invalid-tag", error!.Code);
    }

    [Theory]
    [InlineData("NK Cells", "nk-cells")]
    [InlineData("  In-Vitro  Fertilisation! ", "in-vitro-fertilisation")]
    [InlineData("Ünïcode Tag", "ünïcode-tag")]
    [InlineData("!!", "")]
    public void TagSlug_From(string name, string slug) => Assert.Equal(slug, TagSlug.From(name));

    private static QueryCollection Query(params (string Name, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Name, p => new StringValues(p.Value)));
}
