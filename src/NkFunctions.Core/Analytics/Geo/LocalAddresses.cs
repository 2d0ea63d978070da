using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace NkFunctions.Core.Analytics.Geo;

/// <summary>
/// Addresses that say nothing about where a reader is: private networks, carrier-grade NAT, loopback, link-local,
/// unique-local, multicast and reserved space, from the IANA IPv4 and IPv6 Special-Purpose Address Registries
/// (RFC 6890; https://www.iana.org/assignments/iana-ipv4-special-registry/ and iana-ipv6-special-registry/, entries
/// not "globally reachable"), plus multicast, which is never a source. They get no country whatever the database says:
/// the shipped one files 192.168.0.0/16 and 172.16.0.0/12 under AU (APNIC's whois lists them), so the database
/// alone cannot be trusted with them.
/// </summary>
/// <remarks>
/// The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are deliberately left to
/// the database: no reader's packets come from them (they are not routed), and the tests' database maps them to
/// countries so that the lookup runs end to end over HTTP. A client that forges one in X-Forwarded-For could as well
/// forge any public address, and only ever changes its own country.
/// </remarks>
internal static class LocalAddresses
{
    private static readonly (uint Network, int Prefix)[] V4 =
    [
        (0x00000000, 8),   // 0.0.0.0/8: "this network"
        (0x0A000000, 8),   // 10.0.0.0/8: private (RFC 1918)
        (0x64400000, 10),  // 100.64.0.0/10: shared address space, carrier-grade NAT (RFC 6598)
        (0x7F000000, 8),   // 127.0.0.0/8: loopback
        (0xA9FE0000, 16),  // 169.254.0.0/16: link-local
        (0xAC100000, 12),  // 172.16.0.0/12: private (RFC 1918)
        (0xC0000000, 24),  // 192.0.0.0/24: IETF protocol assignments
        (0xC0A80000, 16),  // 192.168.0.0/16: private (RFC 1918)
        (0xC6120000, 15),  // 198.18.0.0/15: benchmarking (RFC 2544)
        (0xE0000000, 4),   // 224.0.0.0/4: multicast
        (0xF0000000, 4),   // 240.0.0.0/4: reserved, and 255.255.255.255 broadcast
    ];

    private static readonly (UInt128 Network, int Prefix)[] V6 =
    [
        (UInt128.Zero, 127),                                   // ::/128 unspecified and ::1/128 loopback
        (new UInt128(0x0064_FF9B_0001_0000, 0), 48),           // 64:ff9b:1::/48: local-use IPv4/IPv6 translation
        (new UInt128(0x0100_0000_0000_0000, 0), 64),           // 100::/64: discard-only
        (new UInt128(0xFC00_0000_0000_0000, 0), 7),            // fc00::/7: unique-local
        (new UInt128(0xFE80_0000_0000_0000, 0), 10),           // fe80::/10: link-local
        (new UInt128(0xFEC0_0000_0000_0000, 0), 10),           // fec0::/10: site-local (deprecated, still not global)
        (new UInt128(0xFF00_0000_0000_0000, 0), 8),            // ff00::/8: multicast
    ];

    /// <summary>Whether <paramref name="address"/> (IPv4-mapped IPv6 already mapped to IPv4) lies in one of the ranges.</summary>
    public static bool Contains(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork && written == 4)
        {
            var v4 = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            foreach (var (network, prefix) in V4)
            {
                if ((v4 & (uint.MaxValue << (32 - prefix))) == network)
                {
                    return true;
                }
            }

            return false;
        }

        var v6 = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        foreach (var (network, prefix) in V6)
        {
            if ((v6 & (UInt128.MaxValue << (128 - prefix))) == network)
            {
                return true;
            }
        }

        return false;
    }
}
