using System.Buffers;
using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// The visitor-day id: a keyed hash that tells one reader's events of a day apart from another's without storing
/// anything that identifies them. It changes at midnight UTC, and once the day's salt is deleted nobody, us
/// included, can recompute or link it.
/// </summary>
public sealed class VisitorHasher
{
    private const int HashBytes = 16;
    private const int StackLimit = 1024;

    private readonly ISaltStore _salts;
    private readonly TimeProvider _time;

    /// <summary>Creates the hasher.</summary>
    public VisitorHasher(ISaltStore salts, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(salts);
        ArgumentNullException.ThrowIfNull(time);
        _salts = salts;
        _time = time;
    }

    /// <summary>
    /// HMAC-SHA256, keyed with today's (UTC) salt, over <c>site|truncated address|user agent</c>; the first 16 bytes
    /// in base64url (22 characters). The address is cut to /24 or /48 first (<see cref="IpTruncation"/>); a missing
    /// address or user agent hashes as empty.
    /// </summary>
    /// <exception cref="Azure.RequestFailedException">The salt could not be read or created.</exception>
    public ValueTask<string> HashAsync(string site, IPAddress? address, string? userAgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var network = address is null ? string.Empty : IpTruncation.Truncate(address);
        var salt = _salts.GetSaltAsync(DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), cancellationToken);

        // After the first request of the day the salt comes from memory: no state machine, no await.
        return salt.IsCompletedSuccessfully
            ? new ValueTask<string>(Hash(salt.Result, site, network, userAgent ?? string.Empty))
            : AwaitSaltAsync(salt, site, network, userAgent ?? string.Empty);
    }

    internal static string Hash(ReadOnlySpan<byte> salt, string site, string network, string userAgent)
    {
        var length = Encoding.UTF8.GetByteCount(site) + 1 + network.Length + 1 + Encoding.UTF8.GetByteCount(userAgent);
        byte[]? rented = null;
        var message = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(site, message);
            message[written++] = (byte)'|';
            written += Encoding.UTF8.GetBytes(network, message[written..]);
            message[written++] = (byte)'|';
            written += Encoding.UTF8.GetBytes(userAgent, message[written..]);

            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(salt, message[..written], mac);
            return Base64Url.EncodeToString(mac[..HashBytes]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static async ValueTask<string> AwaitSaltAsync(ValueTask<byte[]> pending, string site, string network, string userAgent) =>
        Hash(await pending.ConfigureAwait(false), site, network, userAgent);
}
