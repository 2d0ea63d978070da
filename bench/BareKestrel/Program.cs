// Baseline for the read-path benchmark (bench/NkBench): answers fixed bodies with the same headers the content API
// sends, with no routing table, DI activation or negotiation, so the ratio shows what the local host adds. Its
// conditional logic is the least that is still correct for one validator: If-None-Match equal to the ETag -> 304.
// Usage: dotnet BareKestrel.dll --urls http://127.0.0.1:7182 --manifest bodies.tsv
// Each manifest line: path<TAB>accept<TAB>content-type<TAB>etag<TAB>body-file. Lookup is by path and Accept value.
using System.Collections.Frozen;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var manifest = app.Configuration["manifest"] ?? throw new InvalidOperationException("--manifest is required");
var bodies = (await File.ReadAllLinesAsync(manifest))
    .Where(line => line.Length > 0)
    .Select(line => line.Split('\t'))
    .DistinctBy(f => f[0] + "\n" + f[1])
    .ToFrozenDictionary(f => f[0] + "\n" + f[1], f => (Type: f[2], ETag: f[3], Body: File.ReadAllBytes(f[4])));
const string CacheControl = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

app.Run(context =>
{
    var response = context.Response;
    if (!bodies.TryGetValue(context.Request.Path.Value + "\n" + context.Request.Headers.Accept, out var entry))
    {
        response.StatusCode = 404;
        return Task.CompletedTask;
    }

    response.Headers.ETag = entry.ETag;
    response.Headers.CacheControl = CacheControl;
    response.Headers.Vary = "Accept";
    response.Headers.XContentTypeOptions = "nosniff";
    if (context.Request.Headers.IfNoneMatch == entry.ETag)
    {
        response.StatusCode = 304;
        return Task.CompletedTask;
    }

    response.ContentType = entry.Type;
    response.ContentLength = entry.Body.Length;
    return response.Body.WriteAsync(entry.Body).AsTask();
});
await app.RunAsync();
