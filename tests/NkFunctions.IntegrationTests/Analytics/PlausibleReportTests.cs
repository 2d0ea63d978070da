using NkFunctions.IntegrationTests.Reports;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>Plausible events as the reports count them: every page view, summed engagement, goals with their props.</summary>
public sealed class PlausibleReportTests
{
    private const string Query = "?article=nk-cells-in-pregnancy";

    [Fact]
    public async Task RepeatViews_SameVisitorSameArticleSameDay_EachCounts()
    {
        await using var host = await BeaconHost.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await PlausibleEndpointTests.PostAsync(host, """{"name":"pageview","url":"{PAGE}","domain":"site.example"}""");
        }

        var summary = await Stats.JsonAsync(host.Client, "summary" + Query);
        Assert.Equal(3, summary.GetProperty("pageviews").GetInt64());
        Assert.Equal(1, summary.GetProperty("visitors").GetInt64());
    }

    [Fact]
    public async Task Engagement_SummedPerPageView_AttachedToTheMostRecentView()
    {
        await using var host = await BeaconHost.StartAsync();

        // First view: three engagement events (the tracker resets e after each), 4 s + 6 s + 2.5 s = 12.5 s.
        await PlausibleEndpointTests.PostAsync(host, """{"n":"pageview","u":"{PAGE}","d":"site.example"}""");
        await PlausibleEndpointTests.PostAsync(host, """{"n":"engagement","u":"{PAGE}","d":"site.example","sd":40,"e":4000}""");
        await PlausibleEndpointTests.PostAsync(host, """{"n":"engagement","u":"{PAGE}","d":"site.example","sd":40,"e":6000}""");
        await PlausibleEndpointTests.PostAsync(host, """{"n":"engagement","u":"{PAGE}","d":"site.example","sd":60,"e":2500}""");

        var summary = await Stats.JsonAsync(host.Client, "summary" + Query);
        Assert.Equal(1, summary.GetProperty("pageviews").GetInt64());
        Assert.Equal(12, summary.GetProperty("medianEngagedSeconds").GetDouble()); // seconds, floored: 12.5 s
        Assert.Equal(60, summary.GetProperty("avgScrollDepth").GetDouble());

        // A second view of the same page: later engagement belongs to it, not to the first.
        await PlausibleEndpointTests.PostAsync(host, """{"n":"pageview","u":"{PAGE}","d":"site.example"}""");
        await PlausibleEndpointTests.PostAsync(host, """{"n":"engagement","u":"{PAGE}","d":"site.example","sd":100,"e":30000}""");

        summary = await Stats.JsonAsync(host.Client, "summary" + Query);
        Assert.Equal(2, summary.GetProperty("pageviews").GetInt64());
        Assert.Equal(21, summary.GetProperty("medianEngagedSeconds").GetDouble()); // median of 12 s and 30 s
        Assert.Equal(80, summary.GetProperty("avgScrollDepth").GetDouble()); // (60 + 100) / 2
    }

    [Fact]
    public async Task Engagement_SummedTotal_CappedAtThirtyMinutes()
    {
        await using var host = await BeaconHost.StartAsync();

        await PlausibleEndpointTests.PostAsync(host, """{"n":"pageview","u":"{PAGE}","d":"site.example"}""");
        for (var i = 0; i < 3; i++)
        {
            await PlausibleEndpointTests.PostAsync(host, """{"n":"engagement","u":"{PAGE}","d":"site.example","e":900000}""");
        }

        var summary = await Stats.JsonAsync(host.Client, "summary" + Query);
        Assert.Equal(1800, summary.GetProperty("medianEngagedSeconds").GetDouble());
    }

    [Fact]
    public async Task Goals_BreakdownByGoalAndProp_JsonAndCsv()
    {
        await using var host = await BeaconHost.StartAsync();

        // Two clients in different /24s: two visitors.
        foreach (var client in new[] { "203.0.113.1", "198.51.100.1" })
        {
            await PlausibleEndpointTests.PostAsync(host, """{"n":"pageview","u":"{PAGE}","d":"site.example"}""", forwardedFor: client);
            await PlausibleEndpointTests.PostAsync(host, """{"n":"Signup","u":"{PAGE}","d":"site.example","p":{"plan":"pro"}}""", forwardedFor: client);
        }

        await PlausibleEndpointTests.PostAsync(host, """{"n":"Signup","u":"{PAGE}","d":"site.example","p":{"plan":"free"}}""", forwardedFor: "203.0.113.1");

        var goals = (await Stats.JsonAsync(host.Client, "breakdown?by=goal")).EnumerateArray().ToList();
        var signup = Assert.Single(goals);
        Assert.Equal(("Signup", 3L, 2L), (signup.GetProperty("value").GetString(), signup.GetProperty("pageviews").GetInt64(), signup.GetProperty("visitors").GetInt64()));

        var props = (await Stats.JsonAsync(host.Client, "breakdown?by=prop" + Query.Replace('?', '&'))).EnumerateArray()
            .Select(r => (r.GetProperty("value").GetString(), r.GetProperty("pageviews").GetInt64(), r.GetProperty("visitors").GetInt64())).ToList();
        Assert.Equal([("Signup | plan=pro", 2L, 2L), ("Signup | plan=free", 1L, 1L)], props);

        var csv = await Stats.TextAsync(host.Client, "breakdown?by=goal&format=csv");
        Assert.Contains("Signup,3,2", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goals_ConversionRate_ConvertingVisitorsOverAllVisitors_JsonAndCsv()
    {
        await using var host = await BeaconHost.StartAsync();

        // Four visitors (different /24s) read the article; two of them sign up, one of those twice.
        string[] clients = ["203.0.113.1", "198.51.100.1", "192.0.2.1", "203.0.114.1"];
        foreach (var client in clients)
        {
            await PlausibleEndpointTests.PostAsync(host, """{"n":"pageview","u":"{PAGE}","d":"site.example"}""", forwardedFor: client);
        }

        await PlausibleEndpointTests.PostAsync(host, """{"n":"Signup","u":"{PAGE}","d":"site.example","p":{"plan":"pro"}}""", forwardedFor: clients[0]);
        await PlausibleEndpointTests.PostAsync(host, """{"n":"Signup","u":"{PAGE}","d":"site.example","p":{"plan":"free"}}""", forwardedFor: clients[0]);
        await PlausibleEndpointTests.PostAsync(host, """{"n":"Signup","u":"{PAGE}","d":"site.example","p":{"plan":"pro"}}""", forwardedFor: clients[1]);

        var signup = Assert.Single((await Stats.JsonAsync(host.Client, "breakdown?by=goal")).EnumerateArray());
        Assert.Equal((3L, 2L, 0.5), (signup.GetProperty("pageviews").GetInt64(), signup.GetProperty("visitors").GetInt64(), signup.GetProperty("conversionRate").GetDouble()));

        var props = (await Stats.JsonAsync(host.Client, "breakdown?by=prop" + Query.Replace('?', '&'))).EnumerateArray()
            .Select(r => (r.GetProperty("value").GetString(), r.GetProperty("conversionRate").GetDouble())).ToList();
        Assert.Equal([("Signup | plan=pro", 0.5), ("Signup | plan=free", 0.25)], props);

        // A filter narrows the denominator too: of the visitors who signed up with plan=free, all converted.
        var filtered = Assert.Single((await Stats.JsonAsync(host.Client, "breakdown?by=goal&filters=prop==" + Uri.EscapeDataString("Signup | plan=free"))).EnumerateArray());
        Assert.Equal(1.0, filtered.GetProperty("conversionRate").GetDouble());

        var csv = (await Stats.TextAsync(host.Client, "breakdown?by=goal&format=csv")).ReplaceLineEndings("\n");
        Assert.StartsWith("value,pageviews,visitors,conversionRate\nSignup,3,2,0.5\n", csv, StringComparison.Ordinal);

        // Other dimensions are shares of visitors, not conversions: no rate in JSON or CSV.
        var device = Assert.Single((await Stats.JsonAsync(host.Client, "breakdown?by=device")).EnumerateArray());
        Assert.False(device.TryGetProperty("conversionRate", out _));
        Assert.StartsWith("value,pageviews,visitors\n", (await Stats.TextAsync(host.Client, "breakdown?by=device&format=csv")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
