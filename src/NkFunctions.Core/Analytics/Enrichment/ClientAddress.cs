using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// Finds the client's IP address behind Azure's front end, which puts it in <c>X-Forwarded-For</c> (the socket
/// peer is the front end itself).
/// </summary>
public static class ClientAddress
{
    // Enough for any real proxy chain; a longer header is not worth parsing further.
    private const int MaxEntries = 16;

    // "[ffff:...:255.255.255.255%scope]:65535" is about 60 characters.
    private const int MaxEntryLength = 64;

    /// <summary>
    /// The first entry of <c>X-Forwarded-For</c> (across repeated headers, in order) that parses as an IP address,
    /// in any of the forms proxies write: <c>203.0.113.7</c>, <c>203.0.113.7:51234</c>, <c>2001:db8::1</c>,
    /// <c>[2001:db8::1]</c>, <c>[2001:db8::1]:443</c>. Entries that do not parse (<c>unknown</c>, obfuscated
    /// identifiers, garbage) are skipped rather than ending the search. Without a usable entry, the connection's
    /// remote address; null when there is none.
    /// </summary>
    /// <remarks>
    /// The first entry is what the client claimed if it sent the header itself, so it can be forged. That is
    /// acceptable here: the address only feeds the visitor hash and the country lookup, and a client that forges it only
    /// changes its own hash and country.
    /// </remarks>
    public static IPAddress? From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seen = 0;
        foreach (var header in request.Headers["X-Forwarded-For"])
        {
            var list = header.AsSpan();
            foreach (var range in list.Split(','))
            {
                if (++seen > MaxEntries)
                {
                    return request.HttpContext.Connection.RemoteIpAddress;
                }

                if (TryParseEntry(list[range].Trim(), out var address))
                {
                    return address;
                }
            }
        }

        return request.HttpContext.Connection.RemoteIpAddress;
    }

    /// <summary>
    /// The address that <paramref name="trustedProxyHops"/> proxies in front of the app vouch for: the entry of
    /// <c>X-Forwarded-For</c> (across repeated headers, in order) that many from the right, since each proxy appends
    /// the peer it saw. Unlike <see cref="From"/> it cannot be chosen by the client, which may only prepend entries.
    /// The connection's remote address when no proxy is trusted, or the header has fewer entries than proxies (the
    /// request did not come through them); null when that entry does not parse as an address.
    /// </summary>
    public static IPAddress? Nearest(HttpRequest request, int trustedProxyHops)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (trustedProxyHops <= 0)
        {
            return request.HttpContext.Connection.RemoteIpAddress;
        }

        var headers = request.Headers["X-Forwarded-For"];
        var fromRight = 0;
        for (var h = headers.Count - 1; h >= 0; h--)
        {
            var list = headers[h].AsSpan();
            while (true)
            {
                var comma = list.LastIndexOf(',');
                var entry = list[(comma + 1)..].Trim();
                if (++fromRight == trustedProxyHops)
                {
                    return TryParseEntry(entry, out var address) ? address : null;
                }

                if (comma < 0)
                {
                    break;
                }

                list = list[..comma];
            }
        }

        return request.HttpContext.Connection.RemoteIpAddress;
    }

    internal static bool TryParseEntry(ReadOnlySpan<char> entry, out IPAddress? address)
    {
        address = null;
        if (entry.IsEmpty || entry.Length > MaxEntryLength)
        {
            return false;
        }

        if (entry[0] == '[')
        {
            var close = entry.IndexOf(']');
            return close > 1
                && IsPortSuffix(entry[(close + 1)..], allowEmpty: true)
                && TryParse(entry[1..close], AddressFamily.InterNetworkV6, out address);
        }

        var colon = entry.IndexOf(':');
        if (colon < 0)
        {
            return TryParse(entry, AddressFamily.InterNetwork, out address);
        }

        // One colon: IPv4 with a port. More: a bare IPv6 address (which cannot carry a port without brackets).
        return entry.LastIndexOf(':') == colon
            ? IsPortSuffix(entry[colon..], allowEmpty: false) && TryParse(entry[..colon], AddressFamily.InterNetwork, out address)
            : TryParse(entry, AddressFamily.InterNetworkV6, out address);
    }

    private static bool TryParse(ReadOnlySpan<char> text, AddressFamily family, out IPAddress? address)
    {
        // IPAddress.TryParse also accepts legacy IPv4 spellings ("1", "1.2", "0x7f.1"): require four decimal parts.
        if (family == AddressFamily.InterNetwork && !IsDottedQuad(text))
        {
            address = null;
            return false;
        }

        return IPAddress.TryParse(text, out address) && address.AddressFamily == family;
    }

    private static bool IsDottedQuad(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (++parts > 4 || part.Length is 0 or > 3 || part.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        return parts == 4;
    }

    private static bool IsPortSuffix(ReadOnlySpan<char> suffix, bool allowEmpty)
    {
        if (suffix.IsEmpty)
        {
            return allowEmpty;
        }

        var port = suffix[1..];
        return suffix[0] == ':' && port.Length is > 0 and <= 5 && !port.ContainsAnyExceptInRange('0', '9');
    }
}
