using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Deployment;

/// <summary>
/// No build of this repository restores a package the team's package list marks not-to-use. The one that used to arrive,
/// Microsoft.AspNet.WebApi.Client, came through the Worker SDK's generated WorkerExtensions project
/// (Microsoft.NET.Sdk.Functions → Microsoft.Azure.WebJobs.Extensions.Http → WebApi.Client); NkFunctions.csproj swaps that
/// project's references (README, Licences). These read what the build that ran the tests actually restored.
/// </summary>
public sealed class LicenceTests
{
    private static readonly string[] NotToUse = ["Microsoft.AspNet.WebApi.Client", "Microsoft.AspNet.WebApi.Core"];

    [Fact]
    public void EveryRestoreOfTheRepository_HasNoNotToUsePackage()
    {
        var assets = AssetsFiles().ToList();

        Assert.Contains(assets, a => a.Contains("WorkerExtensions", StringComparison.Ordinal)); // the generated project was restored and read
        foreach (var file in assets)
        {
            var libraries = Libraries(file);
            Assert.DoesNotContain(libraries, l => NotToUse.Contains(l.Split('/')[0], StringComparer.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void GeneratedWorkerExtensionsProject_RestoresOnlyTheMetadataGenerator()
    {
        var file = Assert.Single(AssetsFiles(), a => a.Contains("WorkerExtensions", StringComparison.Ordinal) && a.Contains("Release", StringComparison.Ordinal));

        var libraries = Libraries(file).Select(l => l.Split('/')[0]).ToList();

        Assert.Contains("Microsoft.Azure.WebJobs.Script.ExtensionsMetadataGenerator", libraries);
        Assert.DoesNotContain("Microsoft.NET.Sdk.Functions", libraries);
        Assert.DoesNotContain("Microsoft.Azure.WebJobs.Extensions.Http", libraries);
    }

    // What the host reads from the app's output: the SDK's metadata loader, which tells the host to read functions.metadata.
    [Fact]
    public void ExtensionsJson_NamesTheFunctionMetadataLoaderTheHostNeeds()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "extensions.json")));

        var extension = Assert.Single(doc.RootElement.GetProperty("extensions").EnumerateArray());
        Assert.StartsWith("Microsoft.Azure.WebJobs.Extensions.FunctionMetadataLoader.Startup, ", extension.GetProperty("typeName").GetString(), StringComparison.Ordinal);
        Assert.Equal("./.azurefunctions/Microsoft.Azure.WebJobs.Extensions.FunctionMetadataLoader.dll", extension.GetProperty("hintPath").GetString());
    }

    private static IEnumerable<string> AssetsFiles() =>
        ((string[])["src", "tests", "bench"])
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, d), "project.assets.json", SearchOption.AllDirectories))
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal));

    private static List<string> Libraries(string assetsFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(assetsFile));
        return [.. doc.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name)];
    }
}
