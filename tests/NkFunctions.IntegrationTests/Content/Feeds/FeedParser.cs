using System.Diagnostics;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content.Feeds;

/// <summary>Runs parse-feed.mjs: @extractus/feed-extractor from the repository's node_modules reads a feed we served.</summary>
internal static class FeedParser
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "tests", "NkFunctions.IntegrationTests", "Content", "Feeds", "parse-feed.mjs");

    public static async Task<JsonElement> ParseAsync(string body, bool json)
    {
        Assert.True(
            Directory.Exists(Path.Combine(RepoPaths.Root, "node_modules", "@extractus", "feed-extractor")),
            "Run `npm ci` at the repository root first (the test script does).");
        var file = Path.Combine(Path.GetTempPath(), "nk-feed-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(file, body);
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Script, json ? "json" : "xml", file })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await error);
            return JsonDocument.Parse(await output).RootElement;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
