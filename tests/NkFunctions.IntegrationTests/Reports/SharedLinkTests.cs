using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// Shared links over HTTP through the local host, against a real Azurite with two articles' known traffic: minting,
/// reading every report with the token, the article scope, revocation within the cache bound, expiry, bad tokens and
/// bad bodies, and what the table keeps.
/// </summary>
public sealed class SharedLinkTests(SharedLinkTests.Fixture fixture) : IClassFixture<SharedLinkTests.Fixture>
{
    private const int CacheSeconds = 1;

    private HttpClient Client => fixture.Host.Client;

    /// <summary>One Azurite and host for the class, with two articles' known traffic and a 1 s link cache.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public AzuriteServer Azurite { get; private set; } = null!;

        public LocalHostServer Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var content = RepoPaths.CopyContentToTemp();
            await KnownTraffic.WriteSecondArticle(content);
            Azurite = await AzuriteServer.StartAsync();
            Host = await LocalHostServer.StartAsync(content, $"--AzureWebJobsStorage={Azurite.ConnectionString}", $"--SharedLinks:CacheSeconds={CacheSeconds}");
            await KnownTraffic.PostAsync(Host.Client);
            await KnownTraffic.PostSecondArticleAsync(Host.Client);
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task Mint_201_TokenOnce_DashboardUrlInTheFragment()
    {
        using var response = await SharedLinks.PostAsync(Client, """{"label":"Dr Dost, author","article":"nk-cells-in-pregnancy","expires":"2999-01-01T00:00:00Z"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var link = body.GetProperty("link");
        var id = link.GetProperty("id").GetString()!;
        var token = body.GetProperty("token").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{43}$", token);
        Assert.StartsWith(id + ".", token, StringComparison.Ordinal);
        Assert.Equal("Dr Dost, author", link.GetProperty("label").GetString());
        Assert.Equal(KnownTraffic.Article, link.GetProperty("article").GetString());
        Assert.Equal("active", link.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero), link.GetProperty("expires").GetDateTimeOffset());
        Assert.Equal(new Uri(Client.BaseAddress!, "/api/dashboard#share=" + token).ToString(), body.GetProperty("dashboardUrl").GetString());
        Assert.Equal(new Uri(Client.BaseAddress!, "/api/stats/links/" + id), response.Headers.Location);
    }

    [Fact]
    public async Task List_ShowsEveryLinkNewestFirst_NeverATokenOrHash()
    {
        var site = await SharedLinks.MintAsync(Client, "partner");
        var article = await SharedLinks.MintAsync(Client, "author", KnownTraffic.Article);

        using var response = await SharedLinks.ManageAsync(Client, HttpMethod.Get, "links");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = JsonDocument.Parse(text).RootElement.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal([article.Id, site.Id], links.Select(l => l.GetProperty("id").GetString()).Where(id => id == site.Id || id == article.Id));
        foreach (var minted in new[] { site, article })
        {
            var secret = minted.Token[(minted.Id.Length + 1)..];
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Sha256(secret), text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(links, l => Assert.Equal(["id", "label", "article", "created", "expires", "revoked", "status"], l.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Table_KeepsTheSecretsHashOnly()
    {
        var minted = await SharedLinks.MintAsync(Client, "partner", KnownTraffic.Article);
        var secret = minted.Token[(minted.Id.Length + 1)..];

        var table = new TableServiceClient(fixture.Azurite.ConnectionString).GetTableClient("sharedlinks");
        var entity = (await table.GetEntityAsync<TableEntity>("link", minted.Id)).Value;

        Assert.Equal(Sha256(secret), entity.GetString("SecretHash"));
        foreach (var (name, value) in entity)
        {
            var stored = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            Assert.False(stored.Contains(secret, StringComparison.Ordinal), $"{name} holds the secret");
        }
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("summary?compare=previous_period&format=csv")]
    [InlineData("timeseries?interval=week")]
    [InlineData("sections?article=nk-cells-in-pregnancy")]
    [InlineData("breakdown?by=article")]
    [InlineData("breakdown?by=referrer&format=csv")]
    [InlineData("breakdown?by=device&filters=referrer~news")]
    public async Task SiteLink_AnswersAsTheKeyDoes(string report)
    {
        var link = await SharedLinks.MintAsync(Client, "partner");

        var shared = await SharedLinks.TextAsync(Client, link.Token, "stats/" + report);

        Assert.Equal(await Stats.TextAsync(Client, report), shared);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(null, "?article=" + KnownTraffic.SecondArticle)]
    [InlineData(KnownTraffic.Article, "")]
    public async Task Realtime_AnswersAsTheKeyDoes_InTheLinksScope(string? scope, string query)
    {
        var link = await SharedLinks.MintAsync(Client, "partner", scope);

        var shared = WithoutTime(await SharedLinks.TextAsync(Client, link.Token, "stats/realtime" + query));
        var keyed = WithoutTime(await Stats.TextAsync(Client, "realtime" + (scope is null ? query : "?article=" + scope)));

        Assert.Equal(keyed, shared);
    }

    [Fact]
    public async Task ArticleLink_ReadsItsArticleOnly_WithoutAsking()
    {
        var link = await SharedLinks.MintAsync(Client, "author", KnownTraffic.Article);

        var summary = JsonDocument.Parse(await SharedLinks.TextAsync(Client, link.Token, "stats/summary")).RootElement;
        Assert.Equal(KnownTraffic.Article, summary.GetProperty("article").GetString());
        Assert.Equal(3, summary.GetProperty("pageviews").GetInt64());
        Assert.Equal(2, summary.GetProperty("visitors").GetInt64());

        // Top articles through an article link: that article's row alone (the site has two).
        var articles = JsonDocument.Parse(await SharedLinks.TextAsync(Client, link.Token, "stats/breakdown?by=article")).RootElement;
        Assert.Equal([KnownTraffic.Article], articles.EnumerateArray().Select(a => a.GetProperty("value").GetString()));

        var realtime = JsonDocument.Parse(await SharedLinks.TextAsync(Client, link.Token, "stats/realtime")).RootElement;
        Assert.Equal(KnownTraffic.Article, realtime.GetProperty("article").GetString());

        // Naming its own article is fine, and answers as the key does.
        Assert.Equal(
            await Stats.TextAsync(Client, "sections?article=" + KnownTraffic.Article),
            await SharedLinks.TextAsync(Client, link.Token, "stats/sections?article=" + KnownTraffic.Article));
    }

    [Theory]
    [InlineData("stats/summary?article=" + KnownTraffic.SecondArticle)]
    [InlineData("stats/sections?article=" + KnownTraffic.SecondArticle)]
    [InlineData("stats/realtime?article=" + KnownTraffic.SecondArticle)]
    [InlineData("stats/summary?article=nk-cells-in-pregnancy&article=" + KnownTraffic.SecondArticle)]
    [InlineData("stats/breakdown?by=article&filters=article==" + KnownTraffic.SecondArticle)]
    [InlineData("stats/timeseries?filters=device==desktop;article!=nk-cells-in-pregnancy")]
    [InlineData("stats/summary?filters=article~immune")]
    public async Task ArticleLink_AnotherArticle_403OutOfScope(string pathAndQuery)
    {
        var link = await SharedLinks.MintAsync(Client, "author", KnownTraffic.Article);

        using var response = await SharedLinks.GetAsync(Client, link.Token, pathAndQuery);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "out-of-scope");
        Assert.Contains(KnownTraffic.Article, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pageviews", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedLink_NamesItsLabelAndScope()
    {
        var article = await SharedLinks.MintAsync(Client, "Dr Dost", KnownTraffic.Article);
        var site = await SharedLinks.MintAsync(Client, "Partner clinic");

        var scoped = JsonDocument.Parse(await SharedLinks.TextAsync(Client, article.Token, "link")).RootElement;
        var whole = JsonDocument.Parse(await SharedLinks.TextAsync(Client, site.Token, "link")).RootElement;

        Assert.Equal("Dr Dost", scoped.GetProperty("label").GetString());
        Assert.Equal(KnownTraffic.Article, scoped.GetProperty("article").GetString());
        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", scoped.GetProperty("title").GetString());
        Assert.Equal("Partner clinic", whole.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("article").ValueKind);
    }

    [Fact]
    public async Task Revoke_204_ThenTheToken401WithinTheCacheBound_AgainIs204()
    {
        var link = await SharedLinks.MintAsync(Client, "partner");
        (await SharedLinks.GetAsync(Client, link.Token, "stats/summary")).Dispose(); // now cached on the instance

        using (var revoke = await SharedLinks.ManageAsync(Client, HttpMethod.Delete, "links/" + link.Id))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(CacheSeconds) + TimeSpan.FromMilliseconds(200));
        using var refused = await SharedLinks.GetAsync(Client, link.Token, "stats/summary");
        await Problem.AssertAsync(refused, HttpStatusCode.Unauthorized, "token-revoked");

        using var again = await SharedLinks.ManageAsync(Client, HttpMethod.Delete, "links/" + link.Id);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        using var list = await SharedLinks.ManageAsync(Client, HttpMethod.Get, "links");
        var listed = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("id").GetString() == link.Id);
        Assert.Equal("revoked", listed.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAA", HttpStatusCode.NotFound, "link-not-found")]
    [InlineData("short", HttpStatusCode.BadRequest, "invalid-link-id")]
    [InlineData("AAAAAAAAAAAAAAA*", HttpStatusCode.BadRequest, "invalid-link-id")]
    public async Task Revoke_UnknownOrMalformedId(string id, HttpStatusCode status, string code)
    {
        using var response = await SharedLinks.ManageAsync(Client, HttpMethod.Delete, "links/" + Uri.EscapeDataString(id));
        await Problem.AssertAsync(response, status, code);
    }

    [Fact]
    public async Task Expired_401TokenExpired()
    {
        var link = await SharedLinks.MintAsync(Client, "briefly", expires: DateTimeOffset.UtcNow.AddSeconds(2));
        using (var before = await SharedLinks.GetAsync(Client, link.Token, "stats/summary"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        using var after = await SharedLinks.GetAsync(Client, link.Token, "stats/summary");
        await Problem.AssertAsync(after, HttpStatusCode.Unauthorized, "token-expired");
    }

    [Theory]
    [InlineData(null, "token-missing")]
    [InlineData("Basic dXNlcjpwYXNz", "token-invalid")]
    [InlineData("Bearer", "token-invalid")]
    [InlineData("Bearer not-a-token", "token-invalid")]
    [InlineData("Bearer AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "token-invalid")]
    public async Task BadToken_401ProblemJson_WithBearerChallengeAndCors(string? authorization, string code)
    {
        using var response = await SharedLinks.GetAsync(Client, null, "stats/summary", authorization);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, code);
        Assert.StartsWith("Bearer realm=\"nk-shared\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_GrantsTheAuthorizationHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/shared/stats/summary");
        request.Headers.Add("Origin", "https://partner.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Equal("GET, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task RightId_WrongSecret_401TokenInvalid()
    {
        var link = await SharedLinks.MintAsync(Client, "partner");
        var forged = link.Id + "." + new string('A', 43);

        using var response = await SharedLinks.GetAsync(Client, forged, "stats/summary");

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "token-invalid");
    }

    [Fact]
    public async Task TheFunctionKey_IsNoSharedToken_AndATokenIsNoFunctionKey()
    {
        var link = await SharedLinks.MintAsync(Client, "partner");

        using var keyAsBearer = await SharedLinks.GetAsync(Client, LocalHostServer.FunctionKey, "stats/summary");
        await Problem.AssertAsync(keyAsBearer, HttpStatusCode.Unauthorized, "token-invalid");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats/summary");
        request.Headers.Add("x-functions-key", link.Token);
        using var tokenAsKey = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenAsKey.StatusCode);

        using var mint = new HttpRequestMessage(HttpMethod.Get, "/api/stats/links");
        mint.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", link.Token);
        using var listWithToken = await Client.SendAsync(mint);
        Assert.Equal(HttpStatusCode.Unauthorized, listWithToken.StatusCode);
    }

    [Theory]
    [InlineData("""{"article":"nk-cells-in-pregnancy"}""", "invalid-label")]
    [InlineData("""{"label":""}""", "invalid-label")]
    [InlineData("""{"label":7}""", "invalid-label")]
    [InlineData("""{"label":"x","article":"no-such-article"}""", "invalid-article")]
    [InlineData("""{"label":"x","artcle":"nk-cells-in-pregnancy"}""", "invalid-body")]
    [InlineData("""{"label":"x","expires":"tomorrow"}""", "invalid-expires")]
    [InlineData("""{"label":"x","expires":"2001-01-01T00:00:00Z"}""", "invalid-expires")]
    [InlineData("""["label"]""", "invalid-body")]
    [InlineData("""{"label":""", "invalid-body")]
    public async Task Mint_BadBody_400(string body, string code)
    {
        using var response = await SharedLinks.PostAsync(Client, body);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Mint_NotJson415_TooLarge413_NoKeyBare401()
    {
        using var form = await SharedLinks.PostAsync(Client, "label=x", "application/x-www-form-urlencoded");
        await Problem.AssertAsync(form, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");

        using var large = await SharedLinks.PostAsync(Client, "{\"label\":\"" + new string('x', 5000) + "\"}");
        await Problem.AssertAsync(large, HttpStatusCode.RequestEntityTooLarge, "body-too-large");

        using var anonymous = await SharedLinks.PostAsync(Client, """{"label":"x"}""", withKey: false);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(await anonymous.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task StorageDown_503WithRetryAfter_ForMintAndForAnUncheckedToken()
    {
        await using var host = await BeaconHost.StartAsync();
        var link = await SharedLinks.MintAsync(host.Client, "partner");
        await host.Azurite.StopAsync();

        using var mint = await SharedLinks.PostAsync(host.Client, """{"label":"x"}""");
        await Problem.AssertAsync(mint, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        Assert.NotNull(mint.Headers.RetryAfter);

        using var read = await SharedLinks.GetAsync(host.Client, link.Token, "stats/summary");
        await Problem.AssertAsync(read, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        Assert.NotNull(read.Headers.RetryAfter);
    }

    // The realtime answer's own timestamp differs when the two reads fall into different 5 s cache windows.
    private static string WithoutTime(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("at");
        return node.ToJsonString();
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text)));
}
