using System.Diagnostics;
using OpenTelemetry;

namespace NkFunctions.Core.Telemetry;

/// <summary>
/// Strips from every span, before any exporter sees it, the attributes that can carry personal data or secrets:
/// client addresses, user agents, query strings (function keys arrive as <c>?code=</c>), header values, end-user ids.
/// What makes a span useful stays: method, route, path, status, server, duration.
/// </summary>
public sealed class PrivacyProcessor : BaseProcessor<Activity>
{
    private static readonly string[] RemovedAttributes =
    [
        "client.address",
        "client.port",
        "client.socket.address",
        "network.peer.address",
        "network.peer.port",
        "net.peer.ip",
        "net.sock.peer.addr",
        "http.client_ip",
        "user_agent.original",
        "http.user_agent",
        "url.query",
    ];

    private static readonly string[] RemovedPrefixes = ["http.request.header.", "http.response.header.", "enduser."];

    // Full URLs keep scheme, host and path; the query goes.
    private static readonly string[] UrlAttributes = ["url.full", "http.url", "http.target"];

    /// <inheritdoc />
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Scrub(data);
    }

    /// <summary>Removes or redacts the personal attributes of <paramref name="activity"/> in place.</summary>
    public static void Scrub(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        List<string>? remove = null;
        List<KeyValuePair<string, string>>? redact = null;
        foreach (var (key, value) in activity.TagObjects)
        {
            if (IsRemoved(key))
            {
                (remove ??= []).Add(key);
            }
            else if (Array.IndexOf(UrlAttributes, key) >= 0 && value is string url && url.IndexOf('?', StringComparison.Ordinal) is var query and >= 0)
            {
                (redact ??= []).Add(new(key, url[..query]));
            }
        }

        // Setting a tag to null removes it; tags cannot change while they are being enumerated, hence the two passes.
        foreach (var key in remove ?? [])
        {
            activity.SetTag(key, null);
        }

        foreach (var (key, value) in redact ?? [])
        {
            activity.SetTag(key, value);
        }
    }

    private static bool IsRemoved(string key)
    {
        if (Array.IndexOf(RemovedAttributes, key) >= 0)
        {
            return true;
        }

        foreach (var prefix in RemovedPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
