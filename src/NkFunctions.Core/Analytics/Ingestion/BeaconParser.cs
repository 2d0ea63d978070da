using System.Globalization;
using System.Text.Json;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>
/// Parses and validates a beacon body against docs/beacons.md. Every rejection names the field and the rule, so a
/// front-end developer can fix the client from the 400 alone. Unknown fields are ignored.
/// </summary>
public sealed class BeaconParser(int maxEvents)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = BeaconLimits.MaxJsonDepth };

    /// <summary>Parses <paramref name="body"/>; <paramref name="sectionsOf"/> answers an article's section ids, or null when no such article is published.</summary>
    public BeaconParseResult Parse(ReadOnlyMemory<byte> body, Func<string, IReadOnlyCollection<string>?> sectionsOf)
    {
        ArgumentNullException.ThrowIfNull(sectionsOf);
        // The JSON reader checks UTF-8 lazily (a bad byte in an unread name slips through): check it all first.
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return BeaconParseResult.Invalid("invalid-json", "$", "The body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException ex)
        {
            return BeaconParseResult.Invalid("invalid-json", "$", $"The body is not valid JSON ({Describe(ex)}).");
        }

        using (document)
        {
            return ParseEnvelope(document.RootElement, sectionsOf);
        }
    }

    private BeaconParseResult ParseEnvelope(JsonElement root, Func<string, IReadOnlyCollection<string>?> sectionsOf)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid("$", "must be a JSON object.");
        }

        if (!TryString(root, "article", required: true, BeaconLimits.MaxIdLength * 2, out var article, out var error))
        {
            return error;
        }

        var sections = sectionsOf(article!);
        if (sections is null)
        {
            return BeaconParseResult.Invalid("unknown-article", "article", $"There is no published article '{article}'.");
        }

        if (!TryString(root, "pageview", required: true, BeaconLimits.MaxIdLength, out var pageView, out error))
        {
            return error;
        }

        if (!BeaconLimits.IsValidId(pageView!))
        {
            return Invalid("pageview", "must be 8 to 64 characters of A-Z, a-z, 0-9, '-' or '_'.");
        }

        if (!TryString(root, "referrer", required: false, BeaconLimits.MaxUrlLength, out var referrer, out error)
            || !TryString(root, "partner", required: false, BeaconLimits.MaxUrlLength, out var partner, out error)
            || !TryString(root, "bot", required: false, 32, out var bot, out error))
        {
            return error;
        }

        if (bot is not null and not ("webdriver" or "headless"))
        {
            return Invalid("bot", "must be 'webdriver' or 'headless' when present.");
        }

        string? utmSource = null, utmMedium = null, utmCampaign = null;
        if (root.TryGetProperty("utm", out var utm) && utm.ValueKind != JsonValueKind.Null)
        {
            if (utm.ValueKind != JsonValueKind.Object)
            {
                return Invalid("utm", "must be an object with source, medium and campaign strings.");
            }

            if (!TryString(utm, "source", required: false, BeaconLimits.MaxUtmLength, out utmSource, out error, "utm.")
                || !TryString(utm, "medium", required: false, BeaconLimits.MaxUtmLength, out utmMedium, out error, "utm.")
                || !TryString(utm, "campaign", required: false, BeaconLimits.MaxUtmLength, out utmCampaign, out error, "utm."))
            {
                return error;
            }
        }

        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            return Invalid("events", "is required and must be an array of events.");
        }

        var count = events.GetArrayLength();
        if (count == 0 || count > maxEvents)
        {
            return BeaconParseResult.Invalid("too-many-events", "events", $"must hold 1 to {maxEvents} events (got {count}).");
        }

        var parsed = new List<BeaconEvent>(count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in events.EnumerateArray())
        {
            var result = ParseEvent(item, $"events[{index}]", sections, out var beaconEvent);
            if (result is not null)
            {
                return result;
            }

            if (!ids.Add(beaconEvent!.Id))
            {
                return Invalid($"events[{index}].id", "repeats an id used earlier in this beacon.");
            }

            parsed.Add(beaconEvent);
            index++;
        }

        return BeaconParseResult.Valid(new Beacon(article!, pageView!, referrer, utmSource, utmMedium, utmCampaign, partner, bot, parsed));
    }

    private static BeaconParseResult? ParseEvent(JsonElement item, string path, IReadOnlyCollection<string> sections, out BeaconEvent? parsed)
    {
        parsed = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            return Invalid(path, "must be an object.");
        }

        if (!TryString(item, "id", required: true, BeaconLimits.MaxIdLength + 1, out var id, out var error, path + "."))
        {
            return error;
        }

        if (!BeaconLimits.IsValidId(id!))
        {
            return Invalid(path + ".id", "must be 8 to 64 characters of A-Z, a-z, 0-9, '-' or '_'.");
        }

        if (!TryString(item, "type", required: true, 32, out var typeName, out error, path + "."))
        {
            return error;
        }

        BeaconEventType type;
        switch (typeName)
        {
            case "pageview": type = BeaconEventType.PageView; break;
            case "section": type = BeaconEventType.Section; break;
            case "engagement": type = BeaconEventType.Engagement; break;
            case "read": type = BeaconEventType.Read; break;
            default: return Invalid(path + ".type", "must be one of pageview, section, engagement, read.");
        }

        string? section = null;
        if (type == BeaconEventType.Section)
        {
            if (!TryString(item, "section", required: true, 200, out section, out error, path + "."))
            {
                return error;
            }

            if (!sections.Contains(section!))
            {
                return BeaconParseResult.Invalid("unknown-section", path + ".section", $"The article has no section '{section}'.");
            }
        }

        int? engagedMs = null, scrollDepth = null;
        Dictionary<string, int>? sectionMs = null;
        if (type is BeaconEventType.Engagement or BeaconEventType.Read)
        {
            if (!TryInt(item, "engagedMs", required: true, 0, BeaconLimits.MaxEngagedMs, path + ".", out engagedMs, out error))
            {
                return error;
            }
        }

        if (type == BeaconEventType.Engagement)
        {
            if (!TryInt(item, "scrollDepth", required: true, 0, 100, path + ".", out scrollDepth, out error))
            {
                return error;
            }

            if (item.TryGetProperty("sections", out var perSection) && perSection.ValueKind != JsonValueKind.Null)
            {
                if (perSection.ValueKind != JsonValueKind.Object)
                {
                    return Invalid(path + ".sections", "must be an object of section id to engaged milliseconds.");
                }

                sectionMs = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var entry in perSection.EnumerateObject())
                {
                    if (!JsonStrings.TryGetName(entry, out var sectionId))
                    {
                        return Invalid(path + ".sections", "has a name that is not valid Unicode text (it escapes a lone surrogate).");
                    }

                    if (!sections.Contains(sectionId))
                    {
                        return BeaconParseResult.Invalid("unknown-section", $"{path}.sections", $"The article has no section '{ProblemText.Shorten(sectionId)}'.");
                    }

                    if (entry.Value.ValueKind != JsonValueKind.Number || !entry.Value.TryGetInt32(out var ms) || ms is < 0 or > BeaconLimits.MaxEngagedMs)
                    {
                        return Invalid($"{path}.sections.{sectionId}", $"must be an integer from 0 to {BeaconLimits.MaxEngagedMs}.");
                    }

                    if (!sectionMs.TryAdd(sectionId, ms))
                    {
                        return Invalid($"{path}.sections.{sectionId}", "appears twice.");
                    }
                }
            }
        }

        parsed = new BeaconEvent(id!, type, section, engagedMs, scrollDepth, sectionMs);
        return null;
    }

    private static bool TryString(JsonElement obj, string name, bool required, int maxLength, out string? value, out BeaconParseResult error, string prefix = "")
    {
        value = null;
        error = null!;
        if (!obj.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                error = Invalid(prefix + name, "is required.");
                return false;
            }

            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = Invalid(prefix + name, $"must be a string (got {element.ValueKind.ToString().ToLowerInvariant()}).");
            return false;
        }

        if (!JsonStrings.TryGet(element, out var raw))
        {
            error = Invalid(prefix + name, "must be valid Unicode text (it escapes a lone surrogate).");
            return false;
        }

        var text = raw.Trim();
        if (text.Length > maxLength)
        {
            error = Invalid(prefix + name, $"must be at most {maxLength} characters.");
            return false;
        }

        if (text.Any(char.IsControl))
        {
            error = Invalid(prefix + name, "must not contain control characters.");
            return false;
        }

        if (text.Length == 0)
        {
            if (required)
            {
                error = Invalid(prefix + name, "is required.");
                return false;
            }

            return true;
        }

        value = text;
        return true;
    }

    private static bool TryInt(JsonElement obj, string name, bool required, int min, int max, string prefix, out int? value, out BeaconParseResult error)
    {
        value = null;
        error = null!;
        if (!obj.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                error = Invalid(prefix + name, "is required.");
                return false;
            }

            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var number) || number < min || number > max)
        {
            error = Invalid(prefix + name, string.Create(CultureInfo.InvariantCulture, $"must be an integer from {min} to {max}."));
            return false;
        }

        value = number;
        return true;
    }

    private static BeaconParseResult Invalid(string field, string rule) =>
        BeaconParseResult.Invalid("invalid-beacon", field, $"{field} {rule}");

    private static string Describe(JsonException ex) =>
        ex.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {ex.BytePositionInLine + 1}") : "unreadable";
}
