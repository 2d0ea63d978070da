using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Hosting;

/// <summary>The SDK-generated functions.metadata is what the real Functions host routes by: pin it.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly (string Name, string Route, string Methods, string Auth)[] Expected =
    [
        ("ListArticles", "articles", "get,head", "Anonymous"),
        ("GetArticle", "articles/{slug}", "get,head", "Anonymous"),
        ("GetSection", "articles/{slug}/sections/{sectionId}", "get,head", "Anonymous"),
        ("ListTags", "tags", "get,head", "Anonymous"),
        ("GetTag", "tags/{tag}", "get,head", "Anonymous"),
        ("GetRssFeed", "feed.xml", "get,head", "Anonymous"),
        ("GetAtomFeed", "atom.xml", "get,head", "Anonymous"),
        ("GetJsonFeed", "feed.json", "get,head", "Anonymous"),
        ("GetSitemap", "sitemap.xml", "get,head", "Anonymous"),
        ("GetSitemapPart", "sitemaps/{part}", "get,head", "Anonymous"),
        ("GetImage", "images/{hash}/{fileName}", "get,head", "Anonymous"),
        ("GetHealth", "health", "get,head", "Anonymous"),
        ("GetReadiness", "health/ready", "get,head", "Anonymous"),
        ("GetOpenApi", "openapi.json", "get,head", "Anonymous"),
        ("Z_Fallback", "{*path}", "", "Anonymous"), // no methods: every method, so no request under /api falls through to the host's bare 404
        ("PostEvents", "events", "post", "Anonymous"),
        ("PostPlausibleEvent", "event", "post", "Anonymous"),
        ("GetTracker", "nk.js", "get,head", "Anonymous"),
        ("GetStatsSummary", "stats/summary", "get", "Function"),
        ("GetStatsTimeseries", "stats/timeseries", "get", "Function"),
        ("GetStatsSections", "stats/sections", "get", "Function"),
        ("GetStatsBreakdown", "stats/breakdown", "get", "Function"),
        ("GetStatsRealtime", "stats/realtime", "get", "Function"),
        ("CreateStatsLink", "stats/links", "post", "Function"),
        ("ListStatsLinks", "stats/links", "get", "Function"),
        ("RevokeStatsLink", "stats/links/{id}", "delete", "Function"),
        ("GetSharedLink", "shared/link", "get", "Anonymous"),
        ("GetSharedSummary", "shared/stats/summary", "get", "Anonymous"),
        ("GetSharedTimeseries", "shared/stats/timeseries", "get", "Anonymous"),
        ("GetSharedSections", "shared/stats/sections", "get", "Anonymous"),
        ("GetSharedBreakdown", "shared/stats/breakdown", "get", "Anonymous"),
        ("GetSharedRealtime", "shared/stats/realtime", "get", "Anonymous"),
        ("GetDashboard", "dashboard", "get,head", "Anonymous"),
        ("GetDashboardAsset", "dashboard/{asset}", "get,head", "Anonymous"),
        ("GetArticleEmbed", "embed/{slug}", "get,head", "Anonymous"),
        ("GetSectionEmbed", "embed/{slug}/{sectionId}", "get,head", "Anonymous"),
        ("GetEmbedLoader", "embed.js", "get,head", "Anonymous"),
        ("GetOEmbed", "oembed", "get,head", "Anonymous"),
        ("ListAuthors", "authors", "get,head", "Anonymous"),
        ("GetAuthor", "authors/{author}", "get,head", "Anonymous"),
        ("GetTagRssFeed", "tags/{tag}/feed.xml", "get,head", "Anonymous"),
        ("GetTagAtomFeed", "tags/{tag}/atom.xml", "get,head", "Anonymous"),
        ("GetTagJsonFeed", "tags/{tag}/feed.json", "get,head", "Anonymous"),
        ("SearchArticles", "search", "get,head", "Anonymous"),
    ];

    // The real host runs these on their NCRONTAB schedules (seconds first, UTC); the local host only on request.
    private static readonly (string Name, string Schedule)[] ExpectedTimers =
    [
        ("RollupClosedDays", "0 5 0 * * *"),
        ("ApplyRetention", "0 30 0 * * *"),
    ];

    [Fact]
    public void FunctionsMetadata_DeclaresExactlyTheExpectedHttpFunctions()
    {
        var actual = Read()
            .Select(f => (f.Name, f.Route, f.Methods, f.Auth))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Expected.OrderBy(f => f.Name, StringComparer.Ordinal), actual);
    }

    [Fact]
    public void FunctionsMetadata_DeclaresExactlyTheExpectedTimerFunctionsWithTheirSchedules()
    {
        var actual = ReadTimers().OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(ExpectedTimers.OrderBy(f => f.Name, StringComparer.Ordinal), actual);
    }

    [Fact]
    public void FunctionsMetadata_HasNoFunctionBesidesTheHttpAndTimerOnes()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(MetadataPath));

        Assert.Equal(Expected.Length + ExpectedTimers.Length, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void FunctionsMetadata_TimerTriggersAreTheOnlyBindingAndNotRunOnStartup()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(MetadataPath));
        foreach (var function in doc.RootElement.EnumerateArray().Where(f => Trigger(f, "timerTrigger") is not null))
        {
            var binding = Assert.Single(function.GetProperty("bindings").EnumerateArray());

            // runOnStartup would run the rollup on every host (re)start and scale-out in Azure; the SDK omits it when false.
            Assert.False(binding.TryGetProperty("runOnStartup", out var runOnStartup) && runOnStartup.GetBoolean());
        }
    }

    [Fact]
    public void FunctionsMetadata_EveryEntryIsIsolatedWorkerInOurAssembly()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(MetadataPath));
        foreach (var function in doc.RootElement.EnumerateArray())
        {
            Assert.Equal("dotnet-isolated", function.GetProperty("language").GetString());
            Assert.Equal("NkFunctions.dll", function.GetProperty("scriptFile").GetString());
            Assert.StartsWith("NkFunctions.", function.GetProperty("entryPoint").GetString(), StringComparison.Ordinal);
        }
    }

    internal static string MetadataPath => Path.Combine(AppContext.BaseDirectory, "functions.metadata");

    /// <summary>The HTTP functions; the timer functions are in <see cref="ReadTimers"/>.</summary>
    internal static IEnumerable<(string Name, string Route, string Methods, string Auth)> Read()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(MetadataPath));
        foreach (var function in doc.RootElement.EnumerateArray())
        {
            if (Trigger(function, "httpTrigger") is not { } trigger)
            {
                continue;
            }

            yield return (
                function.GetProperty("name").GetString()!,
                trigger.GetProperty("route").GetString()!,
                trigger.TryGetProperty("methods", out var methods) ? string.Join(",", methods.EnumerateArray().Select(m => m.GetString())) : string.Empty,
                trigger.GetProperty("authLevel").GetString()!);
        }
    }

    internal static IEnumerable<(string Name, string Schedule)> ReadTimers()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(MetadataPath));
        foreach (var function in doc.RootElement.EnumerateArray())
        {
            if (Trigger(function, "timerTrigger") is { } trigger)
            {
                yield return (function.GetProperty("name").GetString()!, trigger.GetProperty("schedule").GetString()!);
            }
        }
    }

    private static JsonElement? Trigger(JsonElement function, string type) =>
        function.GetProperty("bindings").EnumerateArray().Where(b => b.GetProperty("type").GetString() == type).Cast<JsonElement?>().SingleOrDefault();
}
