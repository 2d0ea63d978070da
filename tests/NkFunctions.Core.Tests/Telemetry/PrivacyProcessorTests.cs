using System.Diagnostics;
using NkFunctions.Core.Telemetry;

namespace NkFunctions.Core.Tests.Telemetry;

public sealed class PrivacyProcessorTests
{
    [Theory]
    [InlineData("client.address", "203.0.113.77")]
    [InlineData("client.port", "51234")]
    [InlineData("network.peer.address", "203.0.113.77")]
    [InlineData("net.peer.ip", "203.0.113.77")]
    [InlineData("http.client_ip", "203.0.113.77")]
    [InlineData("user_agent.original", "Mozilla/5.0 CanaryKite/9.4.1")]
    [InlineData("http.user_agent", "Mozilla/5.0 CanaryKite/9.4.1")]
    [InlineData("url.query", "code=secret-key")]
    [InlineData("http.request.header.referer", "https://a.example/private?q=1")]
    [InlineData("http.request.header.x_forwarded_for", "203.0.113.77")]
    [InlineData("http.response.header.set_cookie", "id=1")]
    [InlineData("enduser.id", "reader-42")]
    public void OnEnd_PersonalAttribute_Removed(string key, string value)
    {
        using var activity = Span((key, value));

        new PrivacyProcessor().OnEnd(activity);

        Assert.Null(activity.GetTagItem(key));
    }

    [Theory]
    [InlineData("url.full", "https://app.example/api/stats/summary?code=secret-key", "https://app.example/api/stats/summary")]
    [InlineData("http.url", "https://app.example/api/stats/summary?code=secret-key&x=1", "https://app.example/api/stats/summary")]
    [InlineData("http.target", "/api/stats/summary?code=secret-key", "/api/stats/summary")]
    [InlineData("url.full", "https://app.example/api/events", "https://app.example/api/events")]
    public void OnEnd_Url_LosesItsQueryOnly(string key, string value, string expected)
    {
        using var activity = Span((key, value));

        new PrivacyProcessor().OnEnd(activity);

        Assert.Equal(expected, activity.GetTagItem(key));
    }

    [Fact]
    public void OnEnd_RequestShape_Kept()
    {
        using var activity = Span(
            ("http.request.method", "POST"),
            ("http.route", "api/events"),
            ("http.response.status_code", 202),
            ("url.path", "/api/events"),
            ("url.scheme", "https"),
            ("server.address", "app.example"),
            ("client.address", "203.0.113.77"));

        new PrivacyProcessor().OnEnd(activity);

        Assert.Equal("POST", activity.GetTagItem("http.request.method"));
        Assert.Equal("api/events", activity.GetTagItem("http.route"));
        Assert.Equal(202, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("/api/events", activity.GetTagItem("url.path"));
        Assert.Equal("app.example", activity.GetTagItem("server.address"));
        Assert.Equal(6, activity.TagObjects.Count());
    }

    private static Activity Span(params (string Key, object Value)[] tags)
    {
        var activity = new Activity("test");
        foreach (var (key, value) in tags)
        {
            activity.SetTag(key, value);
        }

        return activity;
    }
}
