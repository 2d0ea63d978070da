namespace NkBench.Hosting;

/// <summary>Where the repository and the built programs the harness runs are.</summary>
internal sealed class RepoPaths
{
    private readonly string _outputSuffix;

    private RepoPaths(string root, string outputSuffix)
    {
        Root = root;
        _outputSuffix = outputSuffix;
    }

    public string Root { get; }

    public string BenchmarksFile => Path.Combine(Root, "BENCHMARKS.md");

    public string ResultsFolder => Path.Combine(Root, "bench", "results");

    public string LocalHostDll => Dll("src", "NkFunctions.LocalHost");

    /// <summary>The build step that renders a content folder into a prerendered folder.</summary>
    public string PrerenderDll => Dll("src", "NkFunctions.Prerender");

    /// <summary>The harness's own assembly, for the load generators it runs as separate processes.</summary>
    public static string SelfDll => typeof(RepoPaths).Assembly.Location;

    /// <summary>The root holding NkFunctions.sln above this assembly; the other programs are built in the same configuration.</summary>
    public static RepoPaths Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NkFunctions.sln")))
            {
                // e.g. "bin/Release/net10.0": the same configuration for every program the harness runs.
                var suffix = Path.GetRelativePath(Path.Combine(dir.FullName, "bench", "NkBench"), AppContext.BaseDirectory);
                return new RepoPaths(dir.FullName, suffix);
            }
        }

        throw new InvalidOperationException("Run the harness from the repository (bench/run.sh).");
    }

    /// <summary>A bench program's assembly (bench/NAME/bin/.../NAME.dll).</summary>
    public string BenchDll(string name) => Dll("bench", name);

    private string Dll(string folder, string project)
    {
        var path = Path.Combine(Root, folder, project, _outputSuffix, project + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build with bench/run.sh (it builds everything first).", path);
    }
}
