using System.Net;
using NkFunctions.Core.Analytics.Throttling;

namespace NkFunctions.Core.Tests.Analytics.Throttling;

public sealed class ClientPartitionsTests
{
    private readonly ClientPartitions _partitions = new();

    [Fact]
    public void KeyOf_SameAddress_SameKey_OtherAddress_OtherKey()
    {
        Assert.Equal(_partitions.KeyOf(IPAddress.Parse("203.0.113.7")), _partitions.KeyOf(IPAddress.Parse("203.0.113.7")));
        Assert.NotEqual(_partitions.KeyOf(IPAddress.Parse("203.0.113.7")), _partitions.KeyOf(IPAddress.Parse("203.0.113.8")));
    }

    [Fact]
    public void KeyOf_IPv6_OneKeyPerSlash64()
    {
        Assert.Equal(_partitions.KeyOf(IPAddress.Parse("2001:db8:1:2::1")), _partitions.KeyOf(IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(_partitions.KeyOf(IPAddress.Parse("2001:db8:1:2::1")), _partitions.KeyOf(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void KeyOf_MappedIPv4_SameAsIPv4()
    {
        Assert.Equal(_partitions.KeyOf(IPAddress.Parse("203.0.113.7")), _partitions.KeyOf(IPAddress.Parse("::ffff:203.0.113.7")));
    }

    [Fact]
    public void KeyOf_KeyedPerInstance_NothingToLinkAcrossProcessesOrToTheAddress()
    {
        var address = IPAddress.Parse("203.0.113.7");

        Assert.NotEqual(_partitions.KeyOf(address), new ClientPartitions().KeyOf(address));
        Assert.NotEqual(UInt128.Zero, _partitions.KeyOf(address));
        Assert.Equal(UInt128.Zero, _partitions.KeyOf(null));
    }
}
