namespace NkFunctions.Core.Configuration;

/// <summary>
/// Reads <c>Key=value;Key=value</c> settings, the shape of storage and Application Insights connection strings alike.
/// Keys ignore case; a value may itself contain <c>=</c> (account keys end in <c>==</c>).
/// </summary>
internal static class SettingPairs
{
    /// <summary>The pairs, or null when the text is empty or a part has no key.</summary>
    public static Dictionary<string, string>? Parse(string value)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            pairs[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return pairs.Count == 0 ? null : pairs;
    }
}
