using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary><c>GET /api/health</c>: liveness and what the app loaded. Never cached: it describes this instance now.</summary>
public sealed class HealthReport(ContentStore store, ApiResults results, TimeProvider time)
{
    private static readonly string Version =
        typeof(HealthReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    /// <summary>Answers the health document: <c>ok</c>, or <c>degraded</c> while edited content fails validation.</summary>
    public IResult Get(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = store.Catalog;
        var errors = store.PendingErrors;
        var dto = new HealthDto(
            errors.Count == 0 ? "ok" : "degraded",
            _startedAt,
            Version,
            new ContentHealthDto(catalog.Articles.Count, catalog.SectionCount, catalog.LoadedAt, store.Watching, [.. errors.Select(e => e.ToString())]));
        return results.Uncached(Representation.FromBytes(JsonSerializer.SerializeToUtf8Bytes(dto, ContentJsonContext.Default.HealthDto), MediaTypes.Json));
    }
}
