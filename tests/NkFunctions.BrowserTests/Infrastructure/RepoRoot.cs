namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NkFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NkFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
