using System.Text.Json.Nodes;

namespace NkFunctions.DeploymentTests.Infrastructure;

/// <summary>The ARM JSON that bicep compiled infra/main.bicep into, with the look-ups the assertions need.</summary>
internal sealed class ArmTemplate(JsonObject root, string text)
{
    private static readonly Lazy<Task<ArmTemplate>> Main = new(() => CompileAsync("infra/main.bicep"));

    /// <summary>The whole template as bicep wrote it (to assert what must appear nowhere).</summary>
    public string Text { get; } = text;

    /// <summary>infra/main.bicep, compiled once per test run.</summary>
    public static Task<ArmTemplate> MainAsync() => Main.Value;

    /// <summary>Compiles a .bicep file below the repository root; fails the test on any diagnostic.</summary>
    public static async Task<ArmTemplate> CompileAsync(string relativePath)
    {
        var run = await BicepCli.RunAsync(["build", RepositoryFiles.Path(relativePath), "--stdout"]);
        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
        return new ArmTemplate(JsonNode.Parse(run.StandardOutput)!.AsObject(), run.StandardOutput);
    }

    /// <summary>Every resource as (symbolic name, body); languageVersion 2.0 keys them by name, 1.0 lists them.</summary>
    public IEnumerable<(string Name, JsonObject Body)> Resources() =>
        root["resources"] switch
        {
            JsonObject named => named.Select(p => (p.Key, p.Value!.AsObject())),
            JsonArray list => list.Select((r, i) => ($"#{i}", r!.AsObject())),
            _ => [],
        };

    /// <summary>The resources of one type (e.g. Microsoft.Web/sites).</summary>
    public IReadOnlyList<(string Name, JsonObject Body)> OfType(string type) =>
        Resources().Where(r => string.Equals((string?)r.Body["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The one resource of a type.</summary>
    public (string Name, JsonObject Body) Single(string type)
    {
        var matches = OfType(type);
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>A template parameter's declaration.</summary>
    public JsonObject Parameter(string name) =>
        root["parameters"]?[name]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"No parameter '{name}'.");

    /// <summary>A template variable's value.</summary>
    public JsonNode Variable(string name) =>
        root["variables"]?[name] ?? throw new Xunit.Sdk.XunitException($"No variable '{name}'.");

    /// <summary>The output expression of a user-defined function (bicep's `func`, namespace __bicep).</summary>
    public string UserFunction(string name) =>
        root["functions"]?.AsArray()
            .Select(n => n?["members"]?[name]?["output"]?["value"])
            .OfType<JsonNode>()
            .Select(v => (string)v!)
            .SingleOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"No user-defined function '{name}'.");

    /// <summary>The names of the template's parameters.</summary>
    public IReadOnlyList<string> ParameterNames() => root["parameters"]!.AsObject().Select(p => p.Key).ToList();

    /// <summary>The template's outputs.</summary>
    public JsonObject Outputs() => root["outputs"]!.AsObject();

    /// <summary>An ARM expression as it appears nested in another one: "[format('x')]" → "format('x')".</summary>
    public static string Inner(JsonNode? expression)
    {
        var text = (string?)expression ?? throw new Xunit.Sdk.XunitException("Expected an expression, found nothing.");
        return text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : $"'{text}'";
    }
}
