using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>
/// Beacon bodies: valid ones (so some requests get through and store), valid ones with one value replaced by something
/// hostile, and raw byte soups (invalid UTF-8, deep nesting, huge, truncated). Each valid beacon has page-view and
/// event ids of its own, so every stored event can be counted back against what was acknowledged.
/// </summary>
internal static class ProbeBodies
{
    private static readonly string[] Sections = ["introduction", HostileInputs.Section, "no-such-section"];

    private static readonly Gen<string> ContentType = Gen.Frequency(
        (10, Gen.OneOf("text/plain;charset=UTF-8", "application/json", "text/plain")),
        (1, Gen.OneOf("text/html", "application/x-www-form-urlencoded", "text/plain; charset=latin1", "application/json; charset=utf-16", "multipart/form-data; boundary=x", ";", "garbage", "text/plain; charset=\"utf-8\"")));

    /// <summary>Hostile JSON values, as JSON text.</summary>
    private static readonly Gen<string> HostileJson = Gen.Frequency(
        (3, Gen.OneOf("1e400", "99999999999999999999999", "-1", "1.5", "-0", "2147483648", "0", "null", "true", "[]", "{}", "\"\"", "\"\\u0000\"", "\"a\\nb\"", "\"\\ud800\"", "[[[[[[[[[[1]]]]]]]]]]", "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":1}}}}}}}}")),
        (2, HostileInputs.NastyString.Select(v => JsonValue.Create(v).ToJsonString())),
        (1, Gen.Int[100, 5_000].Select(n => "\"" + new string('x', n) + "\"")),
        (1, Gen.Int[1, 100].Select(n => "[" + string.Join(',', Enumerable.Repeat("1", n)) + "]")));

    // Unique per generated beacon (the counter), so no two acknowledged beacons overwrite each other's events and the
    // stored count can be compared with the acknowledged one.
    private static long _pageViews;

    private static readonly Gen<string> PageView = Gen.UInt.Select(n =>
        "pv" + Interlocked.Increment(ref _pageViews).ToString("x8", CultureInfo.InvariantCulture) + n.ToString("x8", CultureInfo.InvariantCulture));

    private static readonly Gen<JsonObject> ValidBeacon =
        Gen.Select(PageView, Gen.OneOf("pageview", "section", "engagement", "read").Array[1, 6], Gen.OneOf(Sections[..2]), Gen.Int[0, 100])
            .Select((pv, types, section, n) => new JsonObject
            {
                ["article"] = HostileInputs.Slug,
                ["pageview"] = pv,
                ["referrer"] = "https://search.example/?q=" + n,
                ["utm"] = new JsonObject { ["source"] = "s" + n, ["medium"] = "email", ["campaign"] = "' or 1 eq 1 or '" },
                ["events"] = new JsonArray([.. types.Select((type, i) => Event(pv + "-" + i, type, section, n))]),
            });

    // Both of Plausible's shapes (the trackers' compact keys and the Events API's long names), its event kinds (page
    // views, engagement, custom events with props), hash routing, other sites' domains and pages that are no article.
    private static readonly Gen<JsonObject> ValidPlausible =
        Gen.Select(
            Gen.Select(Gen.OneOf("pageview", "engagement", "Outbound Link: Click", ""), Gen.Int[0, 100], Gen.Bool),
            Gen.Select(Gen.OneOf("/articles/nk-cells-in-pregnancy", "/articles/nk-cells-in-pregnancy/", "/elsewhere", "/#/articles/nk-cells-in-pregnancy"), Gen.OneOf("site.example", "www.site.example", "other.example")))
            .Select((a, b) =>
            {
                var ((name, n, compact), (path, domain)) = (a, b);
                string Key(string shortName, string longName) => compact ? shortName : longName;
                return new JsonObject
                {
                    [Key("n", "name")] = name,
                    [Key("u", "url")] = "https://site.example" + path + "?utm_source=s" + n + "&utm_campaign=%27%20or%20%27",
                    [Key("d", "domain")] = domain,
                    [Key("r", "referrer")] = "https://search.example/",
                    [Key("p", "props")] = new JsonObject { ["url"] = "https://x.example/?q=" + n, ["n"] = n },
                    [Key("h", "hashMode")] = n % 2,
                    ["sd"] = n,
                    ["e"] = n * 1000,
                };
            });

    /// <summary>Bodies for <c>POST /api/events</c>.</summary>
    public static readonly Gen<ProbeBody> Beacon = Bodies(ValidBeacon);

    /// <summary>Bodies for <c>POST /api/event</c> (Plausible's Events API).</summary>
    public static readonly Gen<ProbeBody> Plausible = Bodies(ValidPlausible);

    // A shared link: a label, a published article or none, an expiry in the future or not.
    private static readonly Gen<JsonObject> ValidSharedLink =
        Gen.Select(Gen.OneOf("partner", "Dr Dost", "x"), Gen.OneOf<string?>(HostileInputs.Slug, null, "no-such-article"), Gen.OneOf<string?>("2999-01-01T00:00:00Z", "2001-01-01T00:00:00Z", null))
            .Select((label, article, expires) => new JsonObject { ["label"] = label, ["article"] = article, ["expires"] = expires });

    /// <summary>Bodies for <c>POST /api/stats/links</c>.</summary>
    public static readonly Gen<ProbeBody> SharedLink = Bodies(ValidSharedLink);

    /// <summary>A body on a request that should have none: it must be ignored or refused, never trusted.</summary>
    public static readonly Gen<ProbeBody?> Stray = Gen.Frequency(
        (9, Gen.Const((ProbeBody?)null)),
        (1, Raw.Select(b => (ProbeBody?)b)));

    private static Gen<ProbeBody> Raw => Gen.Frequency(
        (2, Gen.Byte.Array[0, 200].Select(b => new ProbeBody(b, "text/plain", "random-bytes"))),
        (1, Gen.Int[9, 5_000].Select(n => Text(new string('[', n) + new string(']', n), "deep-array"))),
        (1, Gen.Int[9, 2_000].Select(n => Text(string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n), "deep-object"))),
        (1, Gen.Int[16_385, 40_000].Select(n => Text("{\"article\":\"" + new string('a', n) + "\"}", "over-limit"))),
        (1, Gen.OneOf("", " ", "{", "}", "[", "null", "0", "\"x\"", "{\"article\":", "{\"article\":\"nk-cells-in-pregnancy\",}", "// c\n{}", "\uFEFF{}", "{\"article\":1,\"article\":2}").Select(s => Text(s, "fragment"))),
        (1, Gen.Byte.Array[1, 50].Select(b => new ProbeBody([0x7B, 0x22, .. b, 0xC3, 0x28, 0x22, 0x7D], "text/plain", "invalid-utf8"))));

    private static Gen<ProbeBody> Bodies(Gen<JsonObject> valid) => Gen.Frequency(
        (3, Gen.Select(valid, ContentType).Select((json, type) => new ProbeBody(Encoding.UTF8.GetBytes(json.ToJsonString()), type, "valid"))),
        (4, Gen.Select(valid, Gen.Int[0, 1_000], HostileJson, ContentType).Select((json, at, value, type) => new ProbeBody(Encoding.UTF8.GetBytes(Mutate(json, at, value)), type, "mutated"))),
        (3, Raw));

    private static JsonObject Event(string id, string type, string section, int n)
    {
        var e = new JsonObject { ["id"] = id, ["type"] = type };
        switch (type)
        {
            case "section":
                e["section"] = section;
                break;
            case "engagement":
                e["engagedMs"] = n * 1000;
                e["scrollDepth"] = n;
                e["sections"] = new JsonObject { [section] = n * 10 };
                break;
            case "read":
                e["engagedMs"] = n * 1000;
                break;
        }

        return e;
    }

    // Replaces one value (chosen by position among every value in the document) with raw hostile JSON text.
    private static string Mutate(JsonObject json, int at, string hostile)
    {
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(json, slots);
        var (parent, key) = slots[at % slots.Count];
        const string Marker = "\"__hostile__\"";
        if (key is string name)
        {
            parent[name] = "__hostile__";
        }
        else
        {
            parent[(int)key] = "__hostile__";
        }

        return json.ToJsonString().Replace(Marker, hostile, StringComparison.Ordinal);
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> slots)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                slots.Add((obj, name));
                if (child is not null)
                {
                    Collect(child, slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                slots.Add((array, i));
                if (array[i] is { } child)
                {
                    Collect(child, slots);
                }
            }
        }
    }

    private static ProbeBody Text(string text, string kind) => new(Encoding.UTF8.GetBytes(text), "text/plain", kind);
}
