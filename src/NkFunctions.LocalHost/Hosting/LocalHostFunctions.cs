using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>What the local host serves, read once at startup from the app directory.</summary>
/// <param name="Metadata">The parsed functions.metadata.</param>
/// <param name="RoutePrefix">host.json's <c>extensions.http.routePrefix</c>.</param>
/// <param name="MetadataPath">Where the metadata was read, for the startup log.</param>
internal sealed record LocalHostFunctions(FunctionsMetadata Metadata, string RoutePrefix, string MetadataPath)
{
    /// <summary>Reads functions.metadata and host.json from <paramref name="appDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">functions.metadata is missing or invalid, or host.json is invalid.</exception>
    public static LocalHostFunctions Load(string appDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(appDirectory);
        var metadataPath = Path.Combine(appDirectory, FunctionsMetadataReader.FileName);
        return new LocalHostFunctions(
            FunctionsMetadataReader.Read(metadataPath),
            HostJson.ReadRoutePrefix(Path.Combine(appDirectory, HostJson.FileName)),
            metadataPath);
    }
}
