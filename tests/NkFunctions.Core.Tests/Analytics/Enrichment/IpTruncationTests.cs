using System.Net;
using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

public sealed class IpTruncationTests
{
    [Theory]
    [InlineData("203.0.113.57", "203.0.113.0")]
    [InlineData("203.0.113.0", "203.0.113.0")]
    [InlineData("10.0.0.255", "10.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.0")]
    [InlineData("2001:db8:abcd:12::1", "2001:db8:abcd::")]
    [InlineData("2001:db8:abcd:ffff:ffff:ffff:ffff:ffff", "2001:db8:abcd::")]
    [InlineData("2001:db8::1", "2001:db8::")]
    [InlineData("::1", "::")]
    [InlineData("fe80::1%2", "fe80::")]
    [InlineData("::ffff:203.0.113.57", "203.0.113.0")]
    public void Truncate_Address_NetworkPrefixOnly(string address, string expected)
    {
        Assert.Equal(expected, IpTruncation.Truncate(IPAddress.Parse(address)));
    }

    [Fact]
    public void Truncate_MappedAndPlainIpv4_Same()
    {
        var plain = IPAddress.Parse("198.51.100.23");

        Assert.Equal(IpTruncation.Truncate(plain), IpTruncation.Truncate(plain.MapToIPv6()));
    }
}
