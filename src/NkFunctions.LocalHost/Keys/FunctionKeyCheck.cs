using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Keys;

/// <summary>Decides whether a request may call a function, the way the Functions host checks function keys.</summary>
internal static class FunctionKeyCheck
{
    /// <summary>The header the Functions host reads the key from.</summary>
    public const string HeaderName = "x-functions-key";

    /// <summary>The query parameter the Functions host reads the key from when the header is absent.</summary>
    public const string QueryName = "code";

    /// <summary>True when <paramref name="authLevel"/> is anonymous or the request presents <paramref name="configuredKey"/>.</summary>
    public static bool IsAllowed(FunctionAuthLevel authLevel, IHeaderDictionary headers, IQueryCollection query, string configuredKey)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(query);
        return authLevel == FunctionAuthLevel.Anonymous || KeyMatches(PresentedKey(headers, query), configuredKey);
    }

    /// <summary>
    /// True when <paramref name="authLevel"/> is anonymous, or the request presents the admin key (which opens every
    /// level, like the Functions host's master key), or a non-Admin level and the function key.
    /// </summary>
    public static bool IsAllowed(FunctionAuthLevel authLevel, IHeaderDictionary headers, IQueryCollection query, FunctionKey keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (authLevel == FunctionAuthLevel.Anonymous)
        {
            return true;
        }

        var presented = Match(headers, query, keys);
        return presented == PresentedKeyLevel.Admin || (presented == PresentedKeyLevel.Function && authLevel != FunctionAuthLevel.Admin);
    }

    /// <summary>Which of the keys the request presents, if any; the admin endpoint needs the answer itself (401 vs 403).</summary>
    public static PresentedKeyLevel Match(IHeaderDictionary headers, IQueryCollection query, FunctionKey keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var presented = PresentedKey(headers, query);
        var admin = KeyMatches(presented, keys.AdminValue);
        var function = KeyMatches(presented, keys.Value); // both compared, so timing does not tell which key a guess was near
        return admin ? PresentedKeyLevel.Admin : function ? PresentedKeyLevel.Function : PresentedKeyLevel.None;
    }

    /// <summary>The key a request presents: the header wins over the query string, as in the Functions host.</summary>
    public static string? PresentedKey(IHeaderDictionary headers, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(query);
        var header = headers[HeaderName].ToString();
        return header.Length > 0 ? header : query[QueryName].ToString() is { Length: > 0 } code ? code : null;
    }

    /// <summary>Constant-time comparison, so response timing does not reveal how much of a guess was right.</summary>
    public static bool KeyMatches(string? presented, string configuredKey)
    {
        // An empty configured key would let an empty guess through; refuse instead.
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(configuredKey))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configuredKey));
    }
}
