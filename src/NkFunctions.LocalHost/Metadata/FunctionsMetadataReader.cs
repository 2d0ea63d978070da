using System.Text.Json;

namespace NkFunctions.LocalHost.Metadata;

/// <summary>Reads the functions.metadata file the Worker SDK writes at build time: the same file the Functions host indexes.</summary>
internal static class FunctionsMetadataReader
{
    /// <summary>The file name the Worker SDK uses, next to the app's assemblies.</summary>
    public const string FileName = "functions.metadata";

    private const string HttpTrigger = "httpTrigger";
    private const string TimerTrigger = "timerTrigger";

    /// <summary>Reads and parses the file; any problem becomes an exception naming <paramref name="path"/>.</summary>
    /// <exception cref="InvalidOperationException">The file is missing, is not valid JSON or has an unexpected shape.</exception>
    public static FunctionsMetadata Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"'{path}' does not exist. The Worker SDK writes it when the Functions project builds; build src/NkFunctions.LocalHost (it builds and copies it).");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses functions.metadata text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidOperationException">The text is not valid JSON or has an unexpected shape.</exception>
    public static FunctionsMetadata Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("the root is not a JSON array");
            }

            var functions = new FunctionsMetadataBuilder();
            foreach (var function in document.RootElement.EnumerateArray())
            {
                ReadFunction(function, functions);
            }

            return functions.Build();
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"'{source}' is not a valid functions.metadata file: {ex.Message}", ex);
        }
    }

    private static void ReadFunction(JsonElement function, FunctionsMetadataBuilder functions)
    {
        var name = RequiredString(function, "name", "a function");
        var entryPoint = RequiredString(function, "entryPoint", $"function '{name}'");
        var scriptFile = RequiredString(function, "scriptFile", $"function '{name}'");
        var bindings = function.TryGetProperty("bindings", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().ToList()
            : throw new FormatException($"function '{name}' has no 'bindings' array");

        var trigger = bindings.FirstOrDefault(IsTrigger);
        if (trigger.ValueKind == JsonValueKind.Undefined)
        {
            functions.Add(new FunctionDescriptor(name, entryPoint, scriptFile, string.Empty));
        }
        else if (IsType(trigger, HttpTrigger))
        {
            functions.Add(new HttpFunctionDescriptor(
                name,
                entryPoint,
                scriptFile,
                // The Functions host routes a trigger without a route at its function name.
                OptionalString(trigger, "route") ?? name,
                ReadMethods(trigger, name),
                ReadAuthLevel(trigger, name),
                bindings.Where(x => !IsTrigger(x) && !IsHttpReturn(x)).Select(Describe).ToList()));
        }
        else if (IsType(trigger, TimerTrigger))
        {
            functions.Add(new TimerFunctionDescriptor(
                name,
                entryPoint,
                scriptFile,
                // The timer extension refuses a trigger without a schedule; so does the reader, naming the function.
                RequiredString(trigger, "schedule", $"function '{name}': the timerTrigger binding"),
                bindings.Where(x => !IsTrigger(x)).Select(Describe).ToList()));
        }
        else
        {
            functions.Add(new FunctionDescriptor(name, entryPoint, scriptFile, OptionalString(trigger, "type") ?? string.Empty));
        }
    }

    private static List<string> ReadMethods(JsonElement trigger, string function)
    {
        if (!trigger.TryGetProperty("methods", out var methods) || methods.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (methods.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"function '{function}': 'methods' is not an array");
        }

        return methods.EnumerateArray()
            .Select(m => m.GetString() is { Length: > 0 } s ? s.ToUpperInvariant() : throw new FormatException($"function '{function}': empty HTTP method"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static FunctionAuthLevel ReadAuthLevel(JsonElement trigger, string function)
    {
        var value = OptionalString(trigger, "authLevel");

        // HttpTriggerAttribute defaults to Function: absent means "needs a key", never "open".
        if (value is null)
        {
            return FunctionAuthLevel.Function;
        }

        return Enum.TryParse<FunctionAuthLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : throw new FormatException($"function '{function}': unknown authLevel '{value}'");
    }

    private static bool IsTrigger(JsonElement binding) =>
        OptionalString(binding, "type") is { } type && type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    private static bool IsType(JsonElement binding, string type) =>
        string.Equals(OptionalString(binding, "type"), type, StringComparison.OrdinalIgnoreCase);

    private static bool IsHttpReturn(JsonElement binding) =>
        IsType(binding, "http") && OptionalString(binding, "name") == "$return";

    private static string Describe(JsonElement binding) =>
        $"{OptionalString(binding, "name") ?? "?"} ({OptionalString(binding, "type") ?? "?"})";

    private static string RequiredString(JsonElement element, string property, string owner) =>
        OptionalString(element, property) is { Length: > 0 } value
            ? value
            : throw new FormatException($"{owner} has no '{property}'");

    private static string? OptionalString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"'{property}' is not a string")
            : null;
}
