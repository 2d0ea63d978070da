using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Telemetry;

namespace NkFunctions.Core.Analytics.Ingestion.Plausible;

/// <summary>
/// Reads one Plausible event in any shape Plausible's ingestion takes from its trackers: the official trackers'
/// compact keys (<c>n u d r p h i v e sd $</c>, as <c>@plausible-analytics/tracker</c> 0.4.6 sends them) or the Events
/// API's long names (<c>name url domain referrer props meta hashMode interactive revenue</c>), mirroring
/// plausible/analytics lib/plausible/ingestion/request.ex (commit 69e5af5d). docs/beacons.md lists what is honoured
/// and what is accepted and ignored. Where Plausible silently ignores a field of the wrong JSON type, we answer 400
/// naming it: no tracker sends one, so it is a client bug worth seeing.
/// </summary>
internal static class PlausibleEventParser
{
    /// <summary>Plausible's limit on event names (<c>validate_length(:event_name, max: 120)</c>).</summary>
    public const int MaxNameLength = 120;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = BeaconLimits.MaxJsonDepth };

    public static PlausibleParseResult Parse(ReadOnlyMemory<byte> body, ContentCatalog catalog, PlausibleDomains domains)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return PlausibleParseResult.InvalidJson("The body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException)
        {
            return PlausibleParseResult.InvalidJson("The body is not valid JSON.");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? Parse(new PlausibleFields(document.RootElement), catalog, domains)
                : PlausibleParseResult.Invalid("$", "must be a JSON object.");
        }
    }

    private static PlausibleParseResult Parse(PlausibleFields fields, ContentCatalog catalog, PlausibleDomains domains)
    {
        if (!ReadName(fields, out var name, out var error)
            || !ReadUrl(fields, out var url, out error)
            || !ReadDomain(fields, url, out var domain, out error)
            || !ReadText(fields, out var referrer, out error, "r", "referrer")
            || !ReadHashMode(fields, out var hashMode, out error))
        {
            return error;
        }

        var type = name switch
        {
            "pageview" => BeaconEventType.PageView,
            "engagement" => BeaconEventType.Engagement,
            _ => BeaconEventType.Custom,
        };
        int? engaged = null, depth = null;
        if (type == BeaconEventType.Engagement && !ReadEngagement(fields, out engaged, out depth, out error))
        {
            return error;
        }

        Dictionary<string, string>? props = null;
        if (fields.TryFind(out var rawProps, out var propsField, "m", "meta", "p", "props"))
        {
            (props, var field, var rule) = PlausibleProps.Read(rawProps, propsField);
            if (field is not null)
            {
                return PlausibleParseResult.Invalid(field, rule!);
            }
        }

        // Checked after the fields are valid, so a malformed event is a 400 whatever its domain or page.
        if (!domains.AnyIsOurs(domain))
        {
            return PlausibleParseResult.Dropped(TelemetryNames.ForeignDomainReason);
        }

        var article = PlausiblePage.Article(url, hashMode, catalog);
        if (article is null)
        {
            return PlausibleParseResult.Dropped(TelemetryNames.NotAnArticleReason);
        }

        var query = QueryHelpers.ParseQuery(url.Query);
        return PlausibleParseResult.Valid(new PlausibleEvent(
            article.Article.Metadata.Slug,
            type,
            PlausiblePage.Identity(url, hashMode),
            referrer is { Length: > BeaconLimits.MaxUrlLength } ? referrer[..BeaconLimits.MaxUrlLength] : referrer,
            Utm(query, "utm_source"),
            Utm(query, "utm_medium"),
            Utm(query, "utm_campaign"),
            engaged,
            depth,
            type == BeaconEventType.Custom ? name : null,
            type == BeaconEventType.Custom ? props : null)); // validated on every event (as Plausible), kept for goals only
    }

    // Plausible's EventName type takes a string or an integer (for 404 tracking), at most 120 characters.
    private static bool ReadName(PlausibleFields fields, out string name, out PlausibleParseResult error)
    {
        name = string.Empty;
        error = null!;
        if (!fields.TryFind(out var element, out var field, "n", "name"))
        {
            error = PlausibleParseResult.Invalid("name", "is required (n or name).");
            return false;
        }

        var ok = false;
        if (element.ValueKind == JsonValueKind.String)
        {
            ok = JsonStrings.TryGet(element, out name);
        }
        else if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var number))
        {
            name = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ok = true;
        }

        name = name.Trim();
        if (!ok || name.Length is 0 or > MaxNameLength)
        {
            error = PlausibleParseResult.Invalid(field, $"must be a non-empty string (or integer) of at most {MaxNameLength} characters.");
            return false;
        }

        return true;
    }

    private static bool ReadUrl(PlausibleFields fields, out Uri url, out PlausibleParseResult error)
    {
        url = null!;
        error = null!;
        if (!fields.TryFind(out var element, out var field, "u", "url"))
        {
            error = PlausibleParseResult.Invalid("url", "is required (u or url).");
            return false;
        }

        if (element.ValueKind != JsonValueKind.String || !JsonStrings.TryGet(element, out var text) || text.Length > BeaconLimits.MaxUrlLength
            || !Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            error = PlausibleParseResult.Invalid(field, $"must be an absolute http(s) URL of at most {BeaconLimits.MaxUrlLength} characters.");
            return false;
        }

        url = parsed;
        return true;
    }

    // Absent: the URL's host, as Plausible's map_domains does; present but blank: an error.
    private static bool ReadDomain(PlausibleFields fields, Uri url, out string domain, out PlausibleParseResult error)
    {
        domain = url.Host;
        error = null!;
        if (!fields.TryFind(out var element, out var field, "d", "domain"))
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String || !JsonStrings.TryGet(element, out var text) || text.Trim().Length == 0 || text.Length > BeaconLimits.MaxUrlLength)
        {
            error = PlausibleParseResult.Invalid(field, "must be a non-blank string: the site's domain (several may be separated by commas).");
            return false;
        }

        domain = text;
        return true;
    }

    private static bool ReadText(PlausibleFields fields, out string? value, out PlausibleParseResult error, params ReadOnlySpan<string> names)
    {
        value = null;
        error = null!;
        if (!fields.TryFind(out var element, out var field, names))
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String || !JsonStrings.TryGet(element, out var text))
        {
            error = PlausibleParseResult.Invalid(field, "must be a string or null.");
            return false;
        }

        value = text.Trim().Length == 0 ? null : text;
        return true;
    }

    // Ecto casts h to an integer (1 or "1"); only 1 turns hash-based routing on, as in get_pathname.
    private static bool ReadHashMode(PlausibleFields fields, out bool hashMode, out PlausibleParseResult error)
    {
        hashMode = false;
        error = null!;
        if (!fields.TryFind(out var element, out var field, "h", "hashMode"))
        {
            return true;
        }

        if (!PlausibleFields.TryInteger(element, out var value))
        {
            error = PlausibleParseResult.Invalid(field, "must be an integer (1: hash-based routing).");
            return false;
        }

        hashMode = value == 1;
        return true;
    }

    /// <summary>
    /// <c>sd</c> and <c>e</c> as put_engagement_fields reads them: integers or digit strings, a scroll depth over 100
    /// counts as 100, and at least one of the two is required. Stricter than Plausible: a present value that is not a
    /// whole number, or is negative, is a 400 naming it (Plausible treats it as missing). <c>e</c> is the engaged time
    /// since the page view's previous engagement event (the tracker resets its counter on each send), capped here at
    /// 30 minutes per event and per page view.
    /// </summary>
    private static bool ReadEngagement(PlausibleFields fields, out int? engaged, out int? depth, out PlausibleParseResult error)
    {
        engaged = depth = null;
        error = null!;
        if (fields.TryFind(out var sd, out var sdField, "sd"))
        {
            if (!PlausibleFields.TryInteger(sd, out var value) || value < 0)
            {
                error = PlausibleParseResult.Invalid(sdField, "(scroll depth) must be an integer from 0 to 100.");
                return false;
            }

            depth = (int)Math.Min(value, 100);
        }

        if (fields.TryFind(out var e, out var eField, "e"))
        {
            if (!PlausibleFields.TryInteger(e, out var value) || value < 0)
            {
                error = PlausibleParseResult.Invalid(eField, "(engaged milliseconds since the previous engagement event) must be a non-negative integer.");
                return false;
            }

            engaged = (int)Math.Min(value, BeaconLimits.MaxEngagedMs);
        }

        if (engaged is null && depth is null)
        {
            error = PlausibleParseResult.Invalid("sd", "or e is required for an engagement event.");
            return false;
        }

        return true;
    }

    private static string? Utm(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query, string key)
    {
        if (!query.TryGetValue(key, out var values))
        {
            return null;
        }

        var value = values.ToString().Trim();
        return value.Length == 0 ? null : value.Length <= BeaconLimits.MaxUtmLength ? value : value[..BeaconLimits.MaxUtmLength];
    }
}
