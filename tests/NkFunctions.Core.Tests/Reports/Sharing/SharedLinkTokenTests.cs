using System.Security.Cryptography;
using System.Text;
using NkFunctions.Core.Reports.Sharing;

namespace NkFunctions.Core.Tests.Reports.Sharing;

public sealed class SharedLinkTokenTests
{
    [Fact]
    public void Mint_IdDotSecret_Base64Url_256BitSecret_ParsesBack()
    {
        var (id, secret, token) = SharedLinkToken.Mint();

        Assert.Matches("^[A-Za-z0-9_-]{16}$", id);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(secret).Length);
        Assert.Equal(id + "." + secret, token);
        Assert.True(SharedLinkToken.TryParse(token, out var parsedId, out var parsedSecret));
        Assert.Equal((id, secret), (parsedId, parsedSecret));
        Assert.True(SharedLinkToken.IsId(id));
    }

    [Fact]
    public void Mint_NeverRepeats()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SharedLinkToken.Mint().Token).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(1000, tokens.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAA.")]
    [InlineData("AAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // dot one place late
    [InlineData("AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // secret one short
    [InlineData("AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")] // padding
    [InlineData("AAAAAAAAAAAAAAA+.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // base64, not base64url
    [InlineData("AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    [InlineData("AAAAAAAAAAAAAAAA AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAé")]
    public void TryParse_RefusesAnythingButTheShape(string? token)
    {
        Assert.False(SharedLinkToken.TryParse(token, out var id, out var secret));
        Assert.Equal((string.Empty, string.Empty), (id, secret));
    }

    [Fact]
    public void Hash_IsTheSecretsSha256InHex_AndMatchesOnlyThatSecret()
    {
        var (_, secret, _) = SharedLinkToken.Mint();
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

        Assert.Equal(expected, SharedLinkToken.Hash(secret));
        Assert.True(SharedLinkToken.Matches(secret, expected));
        Assert.False(SharedLinkToken.Matches(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A'), expected));
        Assert.False(SharedLinkToken.Matches(secret, string.Empty));
    }
}
