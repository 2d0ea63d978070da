using System.Text.Json;

namespace NkFunctions.LocalHost.Metadata;

/// <summary>The one host.json setting the local host honours: <c>extensions.http.routePrefix</c>.</summary>
internal static class HostJson
{
    /// <summary>The file name the Functions host reads, next to the app's assemblies.</summary>
    public const string FileName = "host.json";

    /// <summary>The Functions host's prefix when host.json sets none.</summary>
    public const string DefaultRoutePrefix = "api";

    /// <summary>Reads the route prefix from the file; a missing file means the default, as the Functions host creates a default host.json.</summary>
    /// <exception cref="InvalidOperationException">The file is not valid JSON or the prefix is not a string.</exception>
    public static string ReadRoutePrefix(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.Exists(path) ? ParseRoutePrefix(File.ReadAllText(path), path) : DefaultRoutePrefix;
    }

    /// <summary>Parses host.json text; an empty string prefix is kept (it means "no prefix").</summary>
    /// <exception cref="InvalidOperationException">The text is not valid JSON or the prefix is not a string.</exception>
    public static string ParseRoutePrefix(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            // host.json is hand-edited; the Functions host tolerates comments and trailing commas, so do we.
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!TryGet(document.RootElement, "extensions", out var extensions)
                || !TryGet(extensions, "http", out var http)
                || !TryGet(http, "routePrefix", out var prefix)
                || prefix.ValueKind == JsonValueKind.Null)
            {
                return DefaultRoutePrefix;
            }

            return prefix.ValueKind == JsonValueKind.String
                ? prefix.GetString()!.Trim()
                : throw new InvalidOperationException($"'{source}': extensions.http.routePrefix is not a string.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"'{source}' is not valid JSON: {ex.Message}", ex);
        }
    }

    // Property names in host.json are case-insensitive for the Functions host (it binds them as configuration).
    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
