using System.Diagnostics;
using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Hosting;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.OpenApi;

/// <summary>The OpenAPI document is hand-written; these tests keep it true to the functions and valid.</summary>
public sealed class OpenApiDocumentTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static readonly string DocumentPath = Path.Combine(RepoPaths.Root, "src", "NkFunctions", "OpenApi", "openapi.json");
    private static readonly string[] HttpMethods = ["get", "head", "post", "put", "patch", "delete", "options"];

    [Fact]
    public async Task GetOpenApi_ServesTheCheckedInDocument()
    {
        using var response = await host.Client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3.1.0", served.GetProperty("openapi").GetString());
        Assert.Equal(File.ReadAllText(DocumentPath).ReplaceLineEndings(), (await response.Content.ReadAsStringAsync()).ReplaceLineEndings());
    }

    [Fact]
    public void Document_PathsAndMethods_EqualTheDeclaredFunctions()
    {
        var declared = FunctionsMetadataTests.Read()
            .Where(f => f.Name != "Z_Fallback")
            .SelectMany(f => f.Methods.Split(',').Select(m => $"{m.ToUpperInvariant()} /api/{f.Route}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        using var doc = JsonDocument.Parse(File.ReadAllText(DocumentPath));
        var documented = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => HttpMethods.Contains(o.Name)).Select(o => (Path: p.Name, Method: o.Name)))
            .Where(o => o.Method != "options") // OPTIONS is answered for every path by the fallback function.
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(declared, documented);
    }

    [Fact]
    public void Document_EveryGet_HasOperationIdAndA200()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(DocumentPath));
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get"))
            {
                Assert.True(operation.Value.TryGetProperty("operationId", out _), $"{path.Name} {operation.Name} has no operationId");
                Assert.Contains(operation.Value.GetProperty("responses").EnumerateObject(), r => r.Name == "200");
            }
        }
    }

    [Fact]
    public async Task Document_PassesRedoclyLint()
    {
        var redocly = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), "Run `npm ci` at the repository root first (the test script does).");
        var start = new ProcessStartInfo(redocly)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "lint", "--format=stylish", DocumentPath })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        var all = await output + await error;
        Assert.True(process.ExitCode == 0, all);
        Assert.DoesNotContain("warning", all.Replace("Deprecation warning", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }
}
