namespace NkFunctions.Core.Tests.TestSupport;

/// <summary>Where the test data and the repository's own content live.</summary>
internal static class TestPaths
{
    public static string TestData(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>The repository root: the nearest folder above the test binaries that holds NkFunctions.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NkFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NkFunctions.sln above {AppContext.BaseDirectory}.");
    }
}
