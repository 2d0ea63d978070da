using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Embeds.OEmbed;

namespace NkFunctions.Core.Tests.Embeds;

public sealed class OEmbedQueryTests
{
    [Fact]
    public void FullQuery_IsParsed()
    {
        Assert.True(Parse("url=https%3A%2F%2Fnk.example%2Fa%23b&maxwidth=320&maxheight=240&format=xml", out var query, out _));

        Assert.Equal(new Uri("https://nk.example/a#b"), query!.Url);
        Assert.Equal(320, query.MaxWidth);
        Assert.Equal(240, query.MaxHeight);
        Assert.Equal(OEmbedFormat.Xml, query.Format);
    }

    [Fact]
    public void Defaults_AreJsonWithoutLimits()
    {
        Assert.True(Parse("url=http%3A%2F%2Fnk.example%2F", out var query, out _));

        Assert.Equal(OEmbedFormat.Json, query!.Format);
        Assert.Null(query.MaxWidth);
        Assert.Null(query.MaxHeight);
    }

    [Theory]
    [InlineData("", "url-required", false)]
    [InlineData("url=", "url-required", false)]
    [InlineData("url=nk.example%2Fa", "invalid-url", false)]
    [InlineData("url=mailto%3Aa%40b.c", "invalid-url", false)]
    [InlineData("url=file%3A%2F%2F%2Fetc%2Fpasswd", "invalid-url", false)]
    [InlineData("url=a&url=b", "duplicate-parameter", false)]
    [InlineData("url=http%3A%2F%2Fa%2F&format=json&format=xml", "duplicate-parameter", false)]
    [InlineData("url=http%3A%2F%2Fa%2F&maxwidth=%2B5", "invalid-maxwidth", false)]
    [InlineData("url=http%3A%2F%2Fa%2F&maxwidth=%EF%BC%95", "invalid-maxwidth", false)] // a full-width digit
    [InlineData("url=http%3A%2F%2Fa%2F&maxwidth=100001", "invalid-maxwidth", false)]
    [InlineData("url=http%3A%2F%2Fa%2F&maxheight=0", "invalid-maxheight", false)]
    [InlineData("url=http%3A%2F%2Fa%2F&format=jsonp", "unsupported-format", true)]
    [InlineData("format=xml2", "unsupported-format", true)] // the format is judged first, as §2.3.5 puts it
    public void BadQueries_SayWhatWasWrong(string query, string code, bool notImplemented)
    {
        Assert.False(Parse(query, out _, out var error));

        Assert.Equal(code, error!.Code);
        Assert.Equal(notImplemented, error.NotImplemented);
        Assert.False(string.IsNullOrWhiteSpace(error.Detail));
    }

    [Fact]
    public void OverlongUrl_IsRefused()
    {
        var url = Uri.EscapeDataString("https://nk.example/" + new string('a', OEmbedQuery.MaxUrlLength));

        Assert.False(Parse("url=" + url, out _, out var error));
        Assert.Equal("invalid-url", error!.Code);
    }

    private static bool Parse(string query, out OEmbedQuery? parsed, out OEmbedQueryError? error)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?" + query);
        return OEmbedQuery.TryParse(context.Request.Query, out parsed, out error);
    }
}
