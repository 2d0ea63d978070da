using CsCheck;
using static NkFunctions.IntegrationTests.Security.Properties.HostileInputs;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>
/// Every HTTP function, one line each, with generators for what it reads. A new endpoint gets a line here (a test
/// fails until it has one): e.g. <c>new("GetSectionEmbed", Get, "embed/{slug}/{sectionId}") { RouteValues = { ["slug"] =
/// SlugValue, ["sectionId"] = SectionValue }, Query = { ["theme"] = Value("light", "dark", "auto") } }</c>; a protocol
/// that requires a 5xx for some input says so with <c>Allowed5xx = [501]</c> (oEmbed's unsupported format).
/// </summary>
internal static class EndpointTable
{
    private static readonly string[] Get = ["GET", "HEAD"];
    private static readonly string[] GetOnly = ["GET"];
    private static readonly string[] Post = ["POST"];

    private static readonly Gen<string> Format = Value("html", "text", "markdown", "json", "csv");
    private static readonly Gen<string> Article = Value(Slug, "no-such-article");
    private static readonly Gen<string> Theme = Value("light", "dark", "auto");
    private static readonly Gen<string> TagValue = Value("fertility", "NK Cells", "no-such-tag", "..%2f", "-");

    public static readonly EndpointCase[] All =
    [
        new("ListArticles", Get, "articles") { Query = ListQuery() },
        new("ListTags", Get, "tags"),
        new("GetTag", Get, "tags/{tag}") { RouteValues = { ["tag"] = Value("fertility", "NK Cells", "no-such-tag", "..%2f", "-") }, Query = ListQuery() },
        new("GetArticle", Get, "articles/{slug}") { RouteValues = { ["slug"] = SlugValue }, Query = { ["format"] = Format } },
        new("GetSection", Get, "articles/{slug}/sections/{sectionId}") { RouteValues = { ["slug"] = SlugValue, ["sectionId"] = SectionValue }, Query = { ["format"] = Format } },
        new("GetRssFeed", Get, "feed.xml"),
        new("GetAtomFeed", Get, "atom.xml"),
        new("GetJsonFeed", Get, "feed.json"),
        new("GetSitemap", Get, "sitemap.xml"),
        new("GetSitemapPart", Get, "sitemaps/{part}") { RouteValues = { ["part"] = Value("1", "0", "-1", "99999999999", "x") } },
        new("GetHealth", Get, "health"),
        new("GetReadiness", Get, "health/ready"),
        new("GetOpenApi", Get, "openapi.json"),
        new("GetTracker", Get, "nk.js"),
        new("GetDashboard", Get, "dashboard"),
        new("GetDashboardAsset", Get, "dashboard/{asset}") { RouteValues = { ["asset"] = Value("dashboard.js", "dashboard.css", "chart.umd.min.js", "..%2fdashboard.html", "dashboard.html") } },
        new("GetStatsSummary", GetOnly, "stats/summary") { NeedsKey = true, Query = StatsQuery() },
        new("GetStatsTimeseries", GetOnly, "stats/timeseries") { NeedsKey = true, Query = StatsQuery(("interval", Value("day", "week", "month"))) },
        new("GetStatsSections", GetOnly, "stats/sections") { NeedsKey = true, Query = StatsQuery() },
        new("GetStatsBreakdown", GetOnly, "stats/breakdown") { NeedsKey = true, Query = StatsQuery(("by", Value("referrer", "partner", "device", "browser", "os", "country", "utm_source", "utm_medium", "utm_campaign")), ("limit", Value("1", "10", "1000"))) },
        new("GetStatsRealtime", GetOnly, "stats/realtime") { NeedsKey = true, Query = { ["article"] = Article } },
        new("CreateStatsLink", Post, "stats/links") { NeedsKey = true, Body = ProbeBodies.SharedLink },
        new("ListStatsLinks", GetOnly, "stats/links") { NeedsKey = true },
        new("RevokeStatsLink", ["DELETE"], "stats/links/{id}") { NeedsKey = true, RouteValues = { ["id"] = Value("AAAAAAAAAAAAAAAA", "short", "..%2f", "-", new string('x', 16)) } },
        new("GetSharedLink", GetOnly, "shared/link") { Bearer = true },
        new("GetSharedSummary", GetOnly, "shared/stats/summary") { Bearer = true, Query = StatsQuery() },
        new("GetSharedTimeseries", GetOnly, "shared/stats/timeseries") { Bearer = true, Query = StatsQuery(("interval", Value("day", "week", "month"))) },
        new("GetSharedSections", GetOnly, "shared/stats/sections") { Bearer = true, Query = StatsQuery() },
        new("GetSharedBreakdown", GetOnly, "shared/stats/breakdown") { Bearer = true, Query = StatsQuery(("by", Value("referrer", "article", "device", "os")), ("filters", Value("article==" + Slug, "article~a", "device==mobile")), ("limit", Value("1", "10", "1000"))) },
        new("GetSharedRealtime", GetOnly, "shared/stats/realtime") { Bearer = true, Query = { ["article"] = Article } },
        new("PostEvents", Post, "events") { Body = ProbeBodies.Beacon },
        new("PostPlausibleEvent", Post, "event") { Body = ProbeBodies.Plausible },
        new("GetArticleEmbed", Get, "embed/{slug}") { RouteValues = { ["slug"] = SlugValue }, Query = { ["theme"] = Theme } },
        new("GetSectionEmbed", Get, "embed/{slug}/{sectionId}") { RouteValues = { ["slug"] = SlugValue, ["sectionId"] = SectionValue }, Query = { ["theme"] = Theme } },
        new("GetEmbedLoader", Get, "embed.js"),
        new("GetOEmbed", Get, "oembed")
        {
            // The fixture's host says its site is https://nk.example (Embeds:SiteUrl), so these URLs reach real answers.
            Query =
            {
                ["url"] = Value(PropertyHostFixture.SiteUrl + "/articles/" + Slug, PropertyHostFixture.SiteUrl + "/articles/" + Slug + "#introduction", PropertyHostFixture.SiteUrl + "/articles/" + Slug + "#no-such-section", "https://elsewhere.example/articles/" + Slug),
                ["format"] = Value("json", "xml"),
                ["maxwidth"] = Value("300", "1", "0", "-1"),
                ["maxheight"] = Value("200", "100000", "99999999999"),
            },
            Allowed5xx = [501],
        },
        new("ListAuthors", Get, "authors"),
        new("GetAuthor", Get, "authors/{author}") { RouteValues = { ["author"] = Value("temp-dost", "Temp Dost", "nobody", "..%2f", "-") }, Query = ListQuery() },
        new("GetTagRssFeed", Get, "tags/{tag}/feed.xml") { RouteValues = { ["tag"] = TagValue } },
        new("GetTagAtomFeed", Get, "tags/{tag}/atom.xml") { RouteValues = { ["tag"] = TagValue } },
        new("GetTagJsonFeed", Get, "tags/{tag}/feed.json") { RouteValues = { ["tag"] = TagValue } },
        new("SearchArticles", Get, "search")
        {
            Query =
            {
                ["q"] = Value("placenta", "nk cells", "\"natural killer\"", "placen", "title:x AND y*", new string('a', 201)),
                ["limit"] = Value("1", "10", "50", "51", "0"),
                ["page"] = Value("1", "2", "999999", "0", "x"),
                ["tag"] = Value("fertility", "no-such-tag", "-"),
            },
        },
        new("GetImage", Get, "images/{hash}/{fileName}") { RouteValues = { ["hash"] = Value("0123456789abcdef", "..%2f..", "-", "ZZZZ"), ["fileName"] = Value("cover.jpg", "..%2fhost.json", "a.svg", "x") } },
        new("Z_Fallback", ["GET", "POST", "PUT", "DELETE", "OPTIONS"], "{*path}"),
    ];

    private static Dictionary<string, Gen<string>> ListQuery() => new()
    {
        ["limit"] = Value("1", "15", "100", "101", "0", "-1"),
        ["page"] = Value("1", "2", "999999", "0", "x"),
        ["tag"] = Value("fertility", "no-such-tag", "-"),
        ["author"] = Value("Temp Dost", "nobody"),
        ["publishedFrom"] = DateValue,
        ["publishedTo"] = DateValue,
        ["order"] = Value("published", "title", "readingMinutes", "random"),
        ["fields"] = Value("slug,title", "sections", "password", ","),
    };

    private static Dictionary<string, Gen<string>> StatsQuery(params (string Name, Gen<string> Value)[] more)
    {
        var query = new Dictionary<string, Gen<string>>
        {
            ["article"] = Article,
            ["from"] = DateValue,
            ["to"] = DateValue,
            ["format"] = Format,
        };
        foreach (var (name, value) in more)
        {
            query[name] = value;
        }

        return query;
    }
}
