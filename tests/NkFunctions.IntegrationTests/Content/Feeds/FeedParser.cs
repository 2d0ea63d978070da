using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content.Feeds;

/// <summary>Runs parse-feed.mjs: @extractus/feed-extractor from the repository's node_modules reads a feed we served.</summary>
internal static class FeedParser
{
    private static readonly string Script = Path.Combine("tests", "NkFunctions.IntegrationTests", "Content", "Feeds", "parse-feed.mjs");

    public static async Task<JsonElement> ParseAsync(string body, bool json)
    {
        var (exitCode, output, error) = await NodeScript.RunAsync(Path.Combine("@extractus", "feed-extractor"), Script, [json ? "json" : "xml"], [body]);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }
}
