using System.Text;
using NkFunctions.Core.Reports.Sharing;

namespace NkFunctions.Core.Tests.Reports.Sharing;

public sealed class SharedLinkRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private static (SharedLinkRequest? Request, string? Code, string? Detail) Parse(string json) =>
        SharedLinkRequest.Parse(Encoding.UTF8.GetBytes(json), Now, slug => slug == "nk-cells-in-pregnancy");

    [Fact]
    public void Parse_EveryField_TrimmedAndUtc()
    {
        var (request, code, _) = Parse("""{"label":"  Dr Dost  ","article":"nk-cells-in-pregnancy","expires":"2027-01-31T02:00:00+02:00"}""");

        Assert.Null(code);
        Assert.Equal(new SharedLinkRequest("Dr Dost", "nk-cells-in-pregnancy", new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero)), request);
        Assert.Equal(TimeSpan.Zero, request!.Expires!.Value.Offset);
    }

    [Theory]
    [InlineData("""{"label":"x"}""")]
    [InlineData("""{"label":"x","article":null,"expires":null}""")]
    [InlineData("""{"label":"x","article":""}""")]
    public void Parse_NoArticle_IsSiteWide_NoExpiry(string json)
    {
        var (request, code, _) = Parse(json);

        Assert.Null(code);
        Assert.Equal(new SharedLinkRequest("x", null, null), request);
    }

    [Theory]
    [InlineData("", "invalid-body")]
    [InlineData("null", "invalid-body")]
    [InlineData("[]", "invalid-body")]
    [InlineData("""{"label":"x","artcle":"nk-cells-in-pregnancy"}""", "invalid-body")]
    [InlineData("""{"label":"x","a":{"b":{"c":{"d":{"e":1}}}}}""", "invalid-body")]
    [InlineData("""{}""", "invalid-label")]
    [InlineData("""{"label":"   "}""", "invalid-label")]
    [InlineData("""{"label":"a\u0000b"}""", "invalid-label")]
    [InlineData("""{"label":true}""", "invalid-label")]
    [InlineData("""{"label":"x","article":"no-such-article"}""", "invalid-article")]
    [InlineData("""{"label":"x","article":3}""", "invalid-article")]
    [InlineData("""{"label":"x","expires":"soon"}""", "invalid-expires")]
    [InlineData("""{"label":"x","expires":"2026-12-05T12:00:00Z"}""", "invalid-expires")]
    [InlineData("""{"label":"x","expires":20270101}""", "invalid-expires")]
    [InlineData("""{"label":"x","article":"\ud800"}""", "invalid-body")]
    [InlineData("""{"label":"a\udc00b"}""", "invalid-body")]
    [InlineData("""{"label":"x","\ud800":1}""", "invalid-body")]
    public void Parse_Refuses_WithTheFieldsCode(string json, string expected)
    {
        var (request, code, detail) = Parse(json);

        Assert.Null(request);
        Assert.Equal(expected, code);
        Assert.False(string.IsNullOrWhiteSpace(detail));
    }

    [Fact]
    public void Parse_LabelOverTheLimit_Refused()
    {
        var (_, code, _) = Parse("{\"label\":\"" + new string('x', SharedLinkRequest.MaxLabelLength + 1) + "\"}");
        Assert.Equal("invalid-label", code);
    }
}
