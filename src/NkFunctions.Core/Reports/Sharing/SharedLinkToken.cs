using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>
/// A shared link's bearer token, <c>{id}.{secret}</c>: the id names the stored link (a point read, no scan), the secret
/// proves the holder was given it. Both are base64url (RFC 4648 §5), so the token survives URLs, fragments and headers
/// unescaped. Only the secret's SHA-256 is stored: a dump of the table grants nothing. A salted slow hash (as for
/// passwords) is not needed: the secret is 256 random bits, not something a person chose.
/// </summary>
public static class SharedLinkToken
{
    /// <summary>Random bytes in an id (96 bits: collisions are out of reach, and it stays short in lists).</summary>
    public const int IdBytes = 12;

    /// <summary>Random bytes in a secret (256 bits).</summary>
    public const int SecretBytes = 32;

    /// <summary>Characters of an id: 12 bytes in unpadded base64url.</summary>
    public const int IdLength = 16;

    /// <summary>Characters of a secret: 32 bytes in unpadded base64url.</summary>
    public const int SecretLength = 43;

    /// <summary>A new id and secret, and the token that joins them.</summary>
    public static (string Id, string Secret, string Token) Mint()
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return (id, secret, id + "." + secret);
    }

    /// <summary>Splits a token into id and secret; false for anything not exactly that shape.</summary>
    public static bool TryParse(string? token, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (token is null || token.Length != IdLength + 1 + SecretLength || token[IdLength] != '.')
        {
            return false;
        }

        var idPart = token.AsSpan(0, IdLength);
        var secretPart = token.AsSpan(IdLength + 1);
        if (!IsBase64Url(idPart) || !IsBase64Url(secretPart))
        {
            return false;
        }

        (id, secret) = (idPart.ToString(), secretPart.ToString());
        return true;
    }

    /// <summary>True when the text could be a link id (what <see cref="Mint"/> makes).</summary>
    public static bool IsId(string? text) => text is { Length: IdLength } && IsBase64Url(text);

    /// <summary>The stored form of a secret: its SHA-256, lower-case hex.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));
    }

    /// <summary>Whether a secret matches a stored hash, in time independent of where they differ.</summary>
    public static bool Matches(string secret, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
    }

    private static bool IsBase64Url(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
