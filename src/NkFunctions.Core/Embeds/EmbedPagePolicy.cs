using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// The headers that lock an embed page down, whatever page embeds it: its Content-Security-Policy allows only its own
/// inlined style and script (by hash) and this API's tracker, sends beacons only here, names who may frame it, and
/// sandboxes the page itself, so even an iframe pasted without a <c>sandbox</c> attribute gets an opaque origin.
/// </summary>
public sealed class EmbedPagePolicy
{
    /// <summary>Sandbox flags: scripts (height messages, tracker) and links that open an unsandboxed tab; nothing else.</summary>
    public const string SandboxFlags = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

    private readonly KeyValuePair<string, string>[] _headers;

    /// <summary>Builds the policy from the assets' hashes and the configured frame ancestors (none: any page).</summary>
    public EmbedPagePolicy(EmbedAssets assets, IEnumerable<string> frameAncestors)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var ancestors = frameAncestors.Select(o => o.TrimEnd('/')).ToList();
        FrameAncestors = ancestors.Count == 0 ? "*" : "'self' " + string.Join(' ', ancestors);
        ContentSecurityPolicy =
            $"default-src 'none'; {assets.ContentSecurityPolicySources}; img-src 'self' data:; connect-src 'self'; " +
            $"base-uri 'none'; form-action 'none'; frame-ancestors {FrameAncestors}; sandbox {SandboxFlags}";
        _headers =
        [
            new(HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy),
            // Links to the article say only where they came from (this API's origin), never the embed's URL.
            new("Referrer-Policy", "strict-origin-when-cross-origin"),
        ];
    }

    /// <summary>The <c>frame-ancestors</c> sources.</summary>
    public string FrameAncestors { get; }

    /// <summary>The whole Content-Security-Policy header value.</summary>
    public string ContentSecurityPolicy { get; }

    /// <summary>The page's result with the policy's headers.</summary>
    public IResult Apply(IResult page) => new Http.HeaderedResult(page, _headers);
}
