using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

public sealed class VisitorHasherTests
{
    private const string Site = "nk-health";
    private static readonly IPAddress Address = IPAddress.Parse("203.0.113.57");

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 9, 15, 0, TimeSpan.Zero));
    private readonly FakeSaltStore _salts = new();
    private readonly VisitorHasher _hasher;

    public VisitorHasherTests() => _hasher = new VisitorHasher(_salts, _time);

    [Fact]
    public async Task HashAsync_SameInputsSameDay_SameHash()
    {
        var morning = await Hash(Site, Address, UserAgents.ChromeWindows);
        _time.Now = new DateTimeOffset(2025, 3, 10, 23, 59, 59, TimeSpan.Zero);
        var night = await Hash(Site, Address, UserAgents.ChromeWindows);

        Assert.Equal(morning, night);
    }

    [Fact]
    public async Task HashAsync_NextUtcDay_DifferentHash()
    {
        var today = await Hash(Site, Address, UserAgents.ChromeWindows);
        _time.Advance(TimeSpan.FromDays(1));
        var tomorrow = await Hash(Site, Address, UserAgents.ChromeWindows);

        Assert.NotEqual(today, tomorrow);
        Assert.Equal([new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 11)], _salts.Requested);
    }

    [Fact]
    public async Task HashAsync_LocalTimeOffset_AsksForTheUtcDay()
    {
        // 23:30 in New York on the 10th is 04:30 UTC on the 11th.
        _time.Now = new DateTimeOffset(2025, 3, 10, 23, 30, 0, TimeSpan.FromHours(-5));

        await Hash(Site, Address, UserAgents.ChromeWindows);

        Assert.Equal([new DateOnly(2025, 3, 11)], _salts.Requested);
    }

    [Theory]
    [InlineData("203.0.113.57", "203.0.113.1")]
    [InlineData("203.0.113.57", "203.0.113.255")]
    [InlineData("203.0.113.57", "::ffff:203.0.113.9")]
    [InlineData("2001:db8:abcd:1::1", "2001:db8:abcd:ffff::2")]
    public async Task HashAsync_AddressesInSameNetwork_SameHash(string first, string second)
    {
        Assert.Equal(await Hash(Site, IPAddress.Parse(first), UserAgents.ChromeWindows), await Hash(Site, IPAddress.Parse(second), UserAgents.ChromeWindows));
    }

    [Theory]
    [InlineData("203.0.113.57", "203.0.114.57")]
    [InlineData("2001:db8:abcd::1", "2001:db8:abce::1")]
    [InlineData("203.0.113.57", "2001:db8::1")]
    public async Task HashAsync_AddressesInDifferentNetworks_DifferentHash(string first, string second)
    {
        Assert.NotEqual(await Hash(Site, IPAddress.Parse(first), UserAgents.ChromeWindows), await Hash(Site, IPAddress.Parse(second), UserAgents.ChromeWindows));
    }

    [Fact]
    public async Task HashAsync_DifferentSite_DifferentHash()
    {
        Assert.NotEqual(await Hash(Site, Address, UserAgents.ChromeWindows), await Hash("other-site", Address, UserAgents.ChromeWindows));
    }

    [Fact]
    public async Task HashAsync_DifferentUserAgent_DifferentHash()
    {
        Assert.NotEqual(await Hash(Site, Address, UserAgents.ChromeWindows), await Hash(Site, Address, UserAgents.FirefoxWindows));
    }

    [Fact]
    public async Task HashAsync_MissingAddressOrUserAgent_HashesAsEmpty()
    {
        Assert.Equal(await Hash(Site, Address, null), await Hash(Site, Address, ""));
        Assert.NotEqual(await Hash(Site, null, UserAgents.ChromeWindows), await Hash(Site, Address, UserAgents.ChromeWindows));
    }

    [Fact]
    public async Task HashAsync_Always22Base64UrlCharacters()
    {
        var longUserAgent = UserAgents.ChromeWindows + new string('x', 5_000) + "ünïcødé";
        foreach (var hash in new[] { await Hash(Site, Address, UserAgents.ChromeWindows), await Hash(Site, null, null), await Hash(Site, Address, longUserAgent) })
        {
            Assert.Equal(22, hash.Length);
            Assert.Matches("^[A-Za-z0-9_-]{22}$", hash);
        }
    }

    [Fact]
    public async Task HashAsync_NeverContainsAddressOrUserAgent()
    {
        const string userAgent = "ExampleBrowserToken";
        var hash = await Hash(Site, Address, userAgent);

        Assert.DoesNotContain("203.0.113", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("2030113", hash, StringComparison.Ordinal);
        Assert.DoesNotContain(userAgent, hash, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Site, hash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HashAsync_KnownSalt_HmacSha256OverSiteNetworkAndUserAgent()
    {
        var salt = (await _salts.GetSaltAsync(new DateOnly(2025, 3, 10), default)).ToArray();
        var mac = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"{Site}|203.0.113.0|{UserAgents.ChromeWindows}"));

        Assert.Equal(Base64Url.EncodeToString(mac.AsSpan(0, 16)), await Hash(Site, Address, UserAgents.ChromeWindows));
    }

    [Fact]
    public async Task HashAsync_SaltCompletesLater_SameHashAsImmediateSalt()
    {
        var store = new FakeSaltStore(completeAsynchronously: true);
        var hasher = new VisitorHasher(store, _time);
        var salt = await store.GetSaltAsync(new DateOnly(2025, 3, 10), default);

        var hash = await hasher.HashAsync(Site, Address, UserAgents.ChromeWindows, CancellationToken.None);

        Assert.Equal(VisitorHasher.Hash(salt, Site, "203.0.113.0", UserAgents.ChromeWindows), hash);
    }

    private async Task<string> Hash(string site, IPAddress? address, string? userAgent) =>
        await _hasher.HashAsync(site, address, userAgent, CancellationToken.None);
}
