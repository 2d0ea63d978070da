using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Embeds;

/// <summary>The Embeds settings: the public site and API origins links use, who may frame embeds, and bad values refused at start.</summary>
public sealed class EmbedConfigurationTests
{
    private const string Slug = "nk-cells-in-pregnancy";

    [Fact]
    public async Task ConfiguredOrigins_AreWhatEveryLinkUses()
    {
        await using var host = await LocalHostServer.StartAsync(
            null, "--Embeds:SiteUrl=https://nk.example/blog/", "--Embeds:PublicApiOrigin=https://api.nk.example");

        var article = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/articles/{Slug}", UriKind.Relative))).RootElement;
        var embed = article.GetProperty("sections")[1].GetProperty("embed");
        Assert.Equal($"https://nk.example/blog/articles/{Slug}#understanding-nk-cells-in-fertility", embed.GetProperty("pageUrl").GetString());
        Assert.Equal($"https://api.nk.example/api/embed/{Slug}/understanding-nk-cells-in-fertility", embed.GetProperty("embedUrl").GetString());
        Assert.Contains("src=\"https://api.nk.example/api/embed.js\"", embed.GetProperty("code").GetString(), StringComparison.Ordinal);

        // oEmbed knows the site's URLs, and no longer the API host's own page paths.
        using var known = await host.Client.GetAsync(new Uri($"/api/oembed?url={Uri.EscapeDataString($"https://nk.example/blog/articles/{Slug}")}", UriKind.Relative));
        using var unknown = await host.Client.GetAsync(new Uri($"/api/oembed?url={Uri.EscapeDataString(new Uri(host.BaseAddress, $"/articles/{Slug}").ToString())}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal("https://nk.example/blog/", JsonDocument.Parse(await known.Content.ReadAsStringAsync()).RootElement.GetProperty("provider_url").GetString());
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound, "unknown-url");

        var page = await host.Client.GetStringAsync(new Uri($"/api/embed/{Slug}", UriKind.Relative));
        Assert.Contains($"<a class=\"nk-read\" href=\"https://nk.example/blog/articles/{Slug}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameAncestors_BecomeThePagesAllowList()
    {
        await using var host = await LocalHostServer.StartAsync(
            null, "--Embeds:FrameAncestors:0=https://clinic.example", "--Embeds:FrameAncestors:1=https://*.portal.example");

        using var response = await host.Client.GetAsync(new Uri($"/api/embed/{Slug}", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://clinic.example https://*.portal.example;", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Embeds:SiteUrl=nk.example", "Embeds:SiteUrl")]
    [InlineData("--Embeds:SiteUrl=https://nk.example/?x=1", "Embeds:SiteUrl")]
    [InlineData("--Embeds:PublicApiOrigin=https://api.example/api", "Embeds:PublicApiOrigin")]
    [InlineData("--Embeds:FrameAncestors:0=https://clinic.example/page", "Embeds:FrameAncestors")]
    [InlineData("--Embeds:FrameAncestors:0=https://a.example; script-src *", "Embeds:FrameAncestors")]
    [InlineData("--Embeds:FrameAncestors:0=*", "Embeds:FrameAncestors")]
    [InlineData("--Embeds:DefaultWidth=50", "DefaultWidth")]
    public async Task BadSettings_StopTheHostAtStartWithTheSettingsName(string setting, string named)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await LocalHostServer.StartAsync(null, setting);
        });

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
