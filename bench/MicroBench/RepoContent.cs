namespace MicroBench;

/// <summary>The repository's content folder (the seed article), found from the benchmark's own location.</summary>
internal static class RepoContent
{
    public const string Slug = "nk-cells-in-pregnancy";
    public const string SectionId = "understanding-nk-cells-in-fertility";

    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NkFunctions.sln")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }

            throw new InvalidOperationException("Run from inside the repository.");
        }
    }
}
