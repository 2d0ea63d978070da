using System.Reflection;

namespace NkFunctions.DeploymentTests.Infrastructure;

/// <summary>Paths the build baked into this assembly (see the .csproj), so no test names a folder of one machine.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = Metadata("RepositoryRoot");

    /// <summary>The restored Azure.Bicep.CommandLine.linux-x64 package folder.</summary>
    public static string BicepPackage { get; } = Metadata("BicepPackageRoot");

    /// <summary>A path below the repository root, given with forward slashes.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Metadata(string key) =>
        typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The test assembly carries no '{key}' metadata: build it through its .csproj.");
}
