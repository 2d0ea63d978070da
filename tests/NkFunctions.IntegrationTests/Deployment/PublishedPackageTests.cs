using System.Diagnostics;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Prerender;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Deployment;

/// <summary>
/// The deployment package as <c>dotnet publish</c> makes it (what azd and <c>func azure functionapp publish</c> run):
/// it carries every article of content/ prerendered by the build step (src/Prerender.targets), under the keys the
/// app computes at start-up, so Azure's start-up reads them instead of rendering.
/// </summary>
public sealed class PublishedPackageTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "nk-publish-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Publish_CarriesEveryArticlePrerendered_AndTheAppTakesThem()
    {
        var (exitCode, log) = await PublishAsync();
        Assert.True(exitCode == 0, log);

        var articles = Directory.GetFiles(Path.Combine(_output, "content", "articles"), "*.md");
        var keys = articles.Select(file => PrerenderKey.Compute("articles/" + Path.GetFileName(file), File.ReadAllBytes(file))).Order(StringComparer.Ordinal);
        var entries = Directory.GetFiles(Path.Combine(_output, "prerendered"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.NotEmpty(articles);
        Assert.Equal(keys, entries);

        var loaded = new ContentLoader().Load(Path.Combine(_output, "content"), Path.Combine(_output, "prerendered"));
        Assert.Empty(loaded.Errors);
        Assert.Equal(articles.Length, loaded.FromPrerendered);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> PublishAsync()
    {
        // The configuration these tests were built in; --no-build publishes that build of the app, as CI built it.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", Path.Combine(RepoPaths.Root, "src", "NkFunctions", "NkFunctions.csproj"), "-c", configuration, "--no-build", "-o", _output, "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
