namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Copies the repository's content to a fresh temporary folder a test may edit.</summary>
    public static string CopyContentToTemp()
    {
        var target = Path.Combine(Path.GetTempPath(), "nk-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NkFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NkFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
