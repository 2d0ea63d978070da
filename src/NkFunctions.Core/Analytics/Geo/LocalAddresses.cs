using System.Net;

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
    // System.Net.IPNetwork does the prefix arithmetic (one family check and a masked compare per entry).
    private static readonly IPNetwork[] Networks =
    [
        IPNetwork.Parse("0.0.0.0/8"),          // "this network"
        IPNetwork.Parse("10.0.0.0/8"),         // private (RFC 1918)
        IPNetwork.Parse("100.64.0.0/10"),      // shared address space, carrier-grade NAT (RFC 6598)
        IPNetwork.Parse("127.0.0.0/8"),        // loopback
        IPNetwork.Parse("169.254.0.0/16"),     // link-local
        IPNetwork.Parse("172.16.0.0/12"),      // private (RFC 1918)
        IPNetwork.Parse("192.0.0.0/24"),       // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),     // private (RFC 1918)
        IPNetwork.Parse("198.18.0.0/15"),      // benchmarking (RFC 2544)
        IPNetwork.Parse("224.0.0.0/4"),        // multicast
        IPNetwork.Parse("240.0.0.0/4"),        // reserved, and 255.255.255.255 broadcast
        IPNetwork.Parse("::/127"),             // ::/128 unspecified and ::1/128 loopback
        IPNetwork.Parse("64:ff9b:1::/48"),     // local-use IPv4/IPv6 translation
        IPNetwork.Parse("100::/64"),           // discard-only
        IPNetwork.Parse("fc00::/7"),           // unique-local
        IPNetwork.Parse("fe80::/10"),          // link-local
        IPNetwork.Parse("fec0::/10"),          // site-local (deprecated, still not global)
        IPNetwork.Parse("ff00::/8"),           // multicast
    ];

    /// <summary>Whether the address is in one of the ranges above (an IPv4-mapped IPv6 address is not: map it first).</summary>
    public static bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        foreach (var network in Networks)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }
}
