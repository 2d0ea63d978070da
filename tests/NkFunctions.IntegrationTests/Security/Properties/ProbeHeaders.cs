using CsCheck;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>Request headers a hostile or careless client sends; values stay within what HTTP/1.1 can carry.</summary>
internal static class ProbeHeaders
{
    // Visible ASCII, space and tab: anything else is refused by the HTTP stack before the app (see SECURITY.md).
    private static readonly Gen<string> FieldValue = Gen.Frequency(
        (6, Gen.String[Gen.Char[' ', '~'], 0, 60]),
        (2, Gen.OneOf(HostileInputs.Nasty).Where(v => v.All(c => c is >= ' ' and <= '~'))),
        (1, Gen.Int[1_000, 9_000].Select(n => new string('h', n))));

    private static readonly Gen<string> Address = Gen.Frequency(
        (4, Gen.Byte.Array[4].Select(b => string.Join('.', b))),
        (2, Gen.UShort.Array[8].Select(p => string.Join(':', p.Select(x => x.ToString("x", System.Globalization.CultureInfo.InvariantCulture))))),
        (1, Gen.OneOf("unknown", "", " , ,", "::1", "[2001:db8::1]:443", "203.0.113.7:51234", "999.1.1.1", "1", "0x7f.1", "_hidden")),
        (1, FieldValue));

    private static readonly Gen<(string, string)> AnyHeader = Gen.Frequency(
        (3, Gen.OneOf("application/json", "text/html", "text/csv", "text/markdown", "text/plain", "*/*", "image/png", "text/*;q=0", "application/json;q=abc", ";;;", "text/html, application/json;q=0.1", "*/*;q=0").Select(v => ("Accept", v))),
        (2, FieldValue.Select(v => ("Accept", v))),
        (2, Gen.OneOf("\"abc\"", "*", "W/\"x\"", "\"", ",,,", "\"k3J\", W/\"y\"").Select(v => ("If-None-Match", v))),
        (2, Gen.OneOf("https://partner.example", "null", "http://localhost", "https://evil.example").Select(v => ("Origin", v))),
        (3, Gen.Select(Address, Address).Select((a, b) => ("X-Forwarded-For", a + ", " + b))),
        (2, FieldValue.Select(v => ("User-Agent", v))),
        (1, Gen.OneOf("1", "0", " 1 ", "yes").Select(v => ("Sec-GPC", v))),
        (1, Gen.OneOf("1", "0").Select(v => ("DNT", v))),
        (1, Gen.OneOf("?1", "?0", "garbage").Select(v => ("Sec-CH-UA-Mobile", v))),
        (1, FieldValue.Select(v => ("Range", v))),
        (1, FieldValue.Select(v => ("Cookie", v))),
        (2, Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 12], FieldValue).Select((n, v) => ("X-" + n, v))));

    /// <summary>0 to 6 headers, plus a random client address so the rate limit sees many clients.</summary>
    public static readonly Gen<List<(string, string)>> Any =
        Gen.Select(AnyHeader.List[0, 6], Gen.Byte.Array[4])
            .Select((headers, ip) => headers.Prepend(("X-Forwarded-For", string.Join('.', ip))).ToList());

    /// <summary>
    /// A shared link's bearer token: mostly the property host's own (an article link, <see cref="PropertyHostFixture.SharedToken"/>),
    /// else missing, malformed, of another scheme, or well-formed but unknown.
    /// </summary>
    public static readonly Gen<(string Name, string Value)?> Bearer = Gen.Frequency(
        (6, Gen.Const(0).Select(_ => ((string, string)?)("Authorization", "Bearer " + PropertyHostFixture.SharedToken))),
        (1, Gen.Const(((string, string)?)null)),
        (2, Gen.OneOf("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "bearer AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Bearer ..", "Bearer " + new string('x', 60)).Select(v => ((string, string)?)("Authorization", (string)v))),
        (1, FieldValue.Select(v => ((string, string)?)("Authorization", "Bearer " + v))));

    /// <summary>The function key as a Function-level endpoint gets it: mostly right, else missing, wrong, or in <c>code</c>.</summary>
    public static readonly Gen<(string Name, string Value)?> Key = Gen.Frequency(
        (8, Gen.Const(((string, string)?)("x-functions-key", LocalHostServer.FunctionKey))),
        (1, Gen.Const(((string, string)?)null)),
        (1, Gen.OneOf(LocalHostServer.FunctionKey.ToUpperInvariant(), LocalHostServer.FunctionKey[..^1], LocalHostServer.FunctionKey + " ", "", "null").Select(v => ((string, string)?)("x-functions-key", (string)v))));
}
