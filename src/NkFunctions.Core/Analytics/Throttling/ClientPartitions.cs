using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace NkFunctions.Core.Analytics.Throttling;

/// <summary>
/// Turns a client's address into the key of its rate-limit bucket without keeping the address: an HMAC under a key
/// that is random per process and never stored, so the limiter's memory holds no IP address in any form and the key
/// means nothing outside this process. IPv4 clients are keyed by address; IPv6 clients by their /64 (one subscriber's
/// network: rotating addresses inside it buys nothing).
/// </summary>
public sealed class ClientPartitions
{
    private const int V6PrefixBytes = 8;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The bucket key of <paramref name="address"/>; every request without an address shares key zero.</summary>
    public UInt128 KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return UInt128.Zero;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        var network = address.AddressFamily == AddressFamily.InterNetworkV6 ? bytes[..V6PrefixBytes] : bytes[..written];
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, network, mac);
        return BinaryPrimitives.ReadUInt128LittleEndian(mac);
    }
}
