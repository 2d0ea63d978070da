using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// Coarsens an IP address to its network (/24 for IPv4, /48 for IPv6) before it feeds the visitor hash: the hash
/// still tells visitors apart within a day, but not even the hash input holds a full address.
/// </summary>
public static class IpTruncation
{
    private const int V6PrefixBytes = 6;

    /// <summary>
    /// The network address as text: <c>203.0.113.0</c> for 203.0.113.57, <c>2001:db8:abcd::</c> for
    /// 2001:db8:abcd:12::1. IPv4-mapped IPv6 addresses (<c>::ffff:203.0.113.57</c>, what dual-stack sockets report)
    /// are treated as the IPv4 address they carry, so one client hashes the same over either stack.
    /// </summary>
    public static string Truncate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> v4 = stackalloc byte[4];
            address.TryWriteBytes(v4, out _);
            return string.Create(CultureInfo.InvariantCulture, $"{v4[0]}.{v4[1]}.{v4[2]}.0");
        }

        // Building a new address from the kept bytes also drops any scope id ("%eth0").
        Span<byte> v6 = stackalloc byte[16];
        address.TryWriteBytes(v6, out _);
        v6[V6PrefixBytes..].Clear();
        return new IPAddress(v6).ToString();
    }
}
