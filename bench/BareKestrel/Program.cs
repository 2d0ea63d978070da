// Baseline for the read-path benchmark: serves one fixed body with the same headers the content API sends,
// with no routing table, DI activation or negotiation, so the ratio shows what the local host adds.
// Usage: dotnet BareKestrel.dll --urls http://127.0.0.1:5080 --body section.json --type "application/json; charset=utf-8" --etag "\"x\""
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = await File.ReadAllBytesAsync(app.Configuration["body"] ?? throw new InvalidOperationException("--body is required"));
var contentType = app.Configuration["type"] ?? "application/json; charset=utf-8";
var etag = app.Configuration["etag"] ?? "\"bare\"";
const string CacheControl = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

app.Run(context =>
{
    var response = context.Response;
    response.Headers.ETag = etag;
    response.Headers.CacheControl = CacheControl;
    response.Headers.Vary = "Accept";
    response.Headers.XContentTypeOptions = "nosniff";
    response.ContentType = contentType;
    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body).AsTask();
});
await app.RunAsync();
