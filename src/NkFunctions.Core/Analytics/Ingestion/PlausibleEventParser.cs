using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>
/// Reads Plausible's Events API body (<c>{name, url, domain, referrer, props, sd, e}</c>) and maps it onto our
/// events: <c>pageview</c> to a page view, <c>engagement</c> (scroll depth <c>sd</c>, engaged ms <c>e</c>) to an
/// engagement event. The article is the one whose public page path equals the URL's path. Other (custom) event
/// names are valid Plausible and are accepted without storing anything.
/// </summary>
internal static class PlausibleEventParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = BeaconLimits.MaxJsonDepth };

    public static PlausibleParseResult Parse(ReadOnlyMemory<byte> body, ContentCatalog catalog)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return PlausibleParseResult.Invalid("invalid-json", "The body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException)
        {
            return PlausibleParseResult.Invalid("invalid-json", "The body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return PlausibleParseResult.Invalid("invalid-event", "The body must be a JSON object.");
            }

            if (!TryString(root, "name", out var name) || name is null)
            {
                return PlausibleParseResult.Invalid("invalid-event", "name is required and must be a string.");
            }

            if (!TryString(root, "url", out var url) || url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return PlausibleParseResult.Invalid("invalid-event", "url is required and must be an absolute http(s) URL.");
            }

            if (!TryString(root, "domain", out var domain) || domain is null)
            {
                return PlausibleParseResult.Invalid("invalid-event", "domain is required and must be a string.");
            }

            if (!TryString(root, "referrer", out var referrer))
            {
                return PlausibleParseResult.Invalid("invalid-event", "referrer must be a string.");
            }

            var type = name switch
            {
                "pageview" => BeaconEventType.PageView,
                "engagement" => BeaconEventType.Engagement,
                _ => (BeaconEventType?)null,
            };
            if (type is null)
            {
                return PlausibleParseResult.Ignored();
            }

            if (!catalog.ByPagePath.TryGetValue(uri.AbsolutePath.TrimEnd('/'), out var article))
            {
                return PlausibleParseResult.Invalid("unknown-article", $"No published article has the page path '{ProblemText.Shorten(uri.AbsolutePath)}'.");
            }

            int? engaged = null, depth = null;
            if (type == BeaconEventType.Engagement)
            {
                if (!TryInt(root, "e", 0, int.MaxValue, out engaged) || engaged is null)
                {
                    return PlausibleParseResult.Invalid("invalid-event", "e (engaged milliseconds) is required for engagement and must be a non-negative integer.");
                }

                if (!TryInt(root, "sd", 0, 100, out depth) || depth is null)
                {
                    return PlausibleParseResult.Invalid("invalid-event", "sd (scroll depth) is required for engagement and must be an integer from 0 to 100.");
                }

                // Plausible caps nothing; we cap engaged time like our own events (an idle tab is not reading).
                engaged = Math.Min(engaged.Value, BeaconLimits.MaxEngagedMs);
            }

            var query = QueryHelpers.ParseQuery(uri.Query);
            var evt = new PlausibleEvent(
                article.Article.Metadata.Slug,
                type.Value,
                referrer,
                First(query, "utm_source"),
                First(query, "utm_medium"),
                First(query, "utm_campaign"),
                engaged,
                depth);
            return PlausibleParseResult.Valid(evt);
        }
    }

    private static string? First(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query, string key)
    {
        if (!query.TryGetValue(key, out var values))
        {
            return null;
        }

        var value = values.ToString().Trim();
        return value.Length == 0 ? null : value.Length <= BeaconLimits.MaxUtmLength ? value : value[..BeaconLimits.MaxUtmLength];
    }

    private static bool TryString(JsonElement obj, string name, out string? value)
    {
        value = null;
        if (!obj.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        if (!JsonStrings.TryGet(element, out var text))
        {
            return false;
        }

        value = text;
        return value.Length <= BeaconLimits.MaxUrlLength;
    }

    private static bool TryInt(JsonElement obj, string name, int min, int max, out int? value)
    {
        value = null;
        if (!obj.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var number) || number < min || number > max)
        {
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>A mapped Plausible event, waiting for the visitor hash to name its page view.</summary>
    internal sealed record PlausibleEvent(string Article, BeaconEventType Type, string? Referrer, string? UtmSource, string? UtmMedium, string? UtmCampaign, int? EngagedMs, int? ScrollDepth)
    {
        // Plausible sends no page-view id, so one visitor's events on one article that day share a derived id; its
        // events get random ids, so every page view counts (a retry of a Plausible call counts twice, as in Plausible).
        public Beacon ToBeacon(string visitor)
        {
            var pageView = "p" + WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(visitor + "|" + Article)), 0, 12);
            var id = "x" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12));
            var evt = new BeaconEvent(id, Type, null, EngagedMs, ScrollDepth, null);
            return new Beacon(Article, pageView, Referrer, UtmSource, UtmMedium, UtmCampaign, null, null, [evt]);
        }
    }
}
