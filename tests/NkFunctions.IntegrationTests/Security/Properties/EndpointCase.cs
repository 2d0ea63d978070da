using System.Text;
using CsCheck;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>
/// One endpoint of the property-test table: its function, methods, route template (under <c>/api/</c>), a generator per
/// route parameter and per known query parameter, and a body generator for endpoints that read one. From these it
/// generates requests that mostly look like the endpoint's own and sometimes like nothing at all.
/// </summary>
/// <param name="Function">The <c>[Function]</c> name the route belongs to.</param>
/// <param name="Methods">The declared methods; other methods are generated now and then too (405 territory).</param>
/// <param name="Route">The route template, e.g. <c>articles/{slug}/sections/{sectionId}</c>; <c>{*path}</c> takes several segments.</param>
internal sealed record EndpointCase(string Function, string[] Methods, string Route)
{
    private static readonly string[] OtherMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"];

    private static readonly Gen<string> RawQuery = Gen.OneOf("?", "?&&&", "?=", "?a", "?a=%zz", "?%", "?a=1&a=2", "?format", "?code=", "?%00=%00", "?" + new string('q', 3000));

    /// <summary>Generators of route values, by parameter name.</summary>
    public Dictionary<string, Gen<string>> RouteValues { get; init; } = [];

    /// <summary>Generators of the query parameters the endpoint reads, by name.</summary>
    public Dictionary<string, Gen<string>> Query { get; init; } = [];

    /// <summary>The body of a POST, when the endpoint reads one.</summary>
    public Gen<ProbeBody>? Body { get; init; }

    /// <summary>
    /// Server-error statuses a protocol the endpoint speaks requires for some client input (oEmbed answers an unsupported
    /// <c>format</c> with 501); any other 5xx fails the property.
    /// </summary>
    public int[] Allowed5xx { get; init; } = [];

    /// <summary>True for Function-level endpoints: the function key is generated too (mostly right).</summary>
    public bool NeedsKey { get; init; }

    /// <summary>
    /// True for the shared-link reads: an <c>Authorization: Bearer</c> is generated (often a real link's token), and a 401
    /// comes from the app (problem+json), not the host.
    /// </summary>
    public bool Bearer { get; init; }

    /// <summary>Requests for this endpoint.</summary>
    public Gen<Probe> Probes => Gen.Select(MethodGen, PathGen, QueryGen, ProbeHeaders.Any, NeedsKey ? ProbeHeaders.Key : Bearer ? ProbeHeaders.Bearer : Gen.Const(((string, string)?)null), BodyGen)
        .Select((method, path, query, headers, key, body) =>
        {
            if (key is { } k)
            {
                headers.Add(k);
            }

            return new Probe(method, path, query, headers, body);
        });

    private Gen<string> MethodGen => Gen.Frequency((9, Gen.OneOf(Methods)), (1, Gen.OneOf(OtherMethods)));

    private Gen<ProbeBody?> BodyGen => Body is { } body
        ? Gen.Frequency((19, body.Select(b => (ProbeBody?)b)), (1, Gen.Const((ProbeBody?)null)))
        : ProbeBodies.Stray;

    private Gen<string> PathGen
    {
        get
        {
            var segments = Route.Split('/').Select(segment => segment switch
            {
                "{*path}" => HostileInputs.Segment(HostileInputs.NastyString).Array[0, 5].Select(parts => string.Join('/', parts)),
                ['{', .. var name, '}'] => HostileInputs.Segment(RouteValues[name]),
                _ => Gen.Const(segment),
            }).ToArray();
            return Gen.Frequency(
                (19, segments.Aggregate(Gen.Const("/api"), (path, next) => Gen.Select(path, next).Select((p, s) => p + "/" + s))),
                (1, segments.Aggregate(Gen.Const("/api"), (path, next) => Gen.Select(path, next).Select((p, s) => p + "/" + s)).Select(p => p + "/extra")));
        }
    }

    private Gen<string> QueryGen
    {
        get
        {
            var known = Query.Select(q => Gen.Select(Gen.Const(q.Key), q.Value)).ToList();
            var random = Gen.Select(HostileInputs.Segment(HostileInputs.NastyString), HostileInputs.Segment(HostileInputs.NastyString));
            var pair = known.Count == 0 ? random : Gen.Frequency((4, Gen.OneOf(known.Cast<IGen<(string, string)>>().ToArray())), (1, random));
            return Gen.Frequency(
                (3, Gen.Const(string.Empty)),
                (6, pair.Array[1, 5].Select(pairs => "?" + string.Join('&', pairs.Select(p => HostileInputs.Encode(p.Item1) + "=" + HostileInputs.Encode(p.Item2))))),
                (1, RawQuery),
                (1, Gen.Int[33, 60].Select(n => "?" + string.Join('&', Enumerable.Range(0, n).Select(i => "p" + i + "=1")))));
        }
    }

    public override string ToString() => new StringBuilder(Function).Append(' ').Append(string.Join(',', Methods)).Append(" /api/").Append(Route).ToString();
}
