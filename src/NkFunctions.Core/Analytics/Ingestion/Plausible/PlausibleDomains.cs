using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Analytics.Ingestion.Plausible;

/// <summary>
/// Which <c>domain</c> values are ours: <c>Analytics:Site</c> and the hosts of <c>Analytics:Domains</c>, compared as
/// Plausible compares them (trimmed, lower case, without a leading <c>www.</c>). Plausible's <c>domain</c> may list
/// several sites separated by commas (the event is recorded for each); we record it once when any of them is ours.
/// </summary>
public sealed class PlausibleDomains(IOptions<AnalyticsOptions> options)
{
    private readonly FrozenSet<string> _ours = options.Value.Domains.Append(options.Value.Site).Select(Normalize).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when one of the comma-separated <paramref name="domains"/> is ours.</summary>
    public bool AnyIsOurs(string domains) => domains.Split(',').Any(d => _ours.Contains(Normalize(d)));

    /// <summary>Plausible's <c>sanitize_hostname</c>, lower-cased (hosts are case-insensitive).</summary>
    internal static string Normalize(string host)
    {
        var h = host.Trim().ToLowerInvariant();
        return h.StartsWith("www.", StringComparison.Ordinal) ? h[4..] : h;
    }
}
