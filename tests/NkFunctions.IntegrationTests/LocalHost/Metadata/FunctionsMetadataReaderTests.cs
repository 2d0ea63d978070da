using NkFunctions.IntegrationTests.Hosting;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.IntegrationTests.LocalHost.Metadata;

public sealed class FunctionsMetadataReaderTests
{
    private const string Source = "/some/app/functions.metadata";

    private static readonly string[] GetHead = ["GET", "HEAD"];
    private static readonly (string, string)[] AppTimerFunctions = [("RollupClosedDays", "0 5 0 * * *"), ("ApplyRetention", "0 30 0 * * *")];

    [Fact]
    public void Parse_Methods_UpperCasedInOrder()
    {
        var function = ParseSingleHttp(Http(methods: """["get", "HEAD"]"""));

        Assert.Equal(GetHead, function.Methods);
    }

    [Fact]
    public void Parse_DuplicateMethodsInAnyCase_ListedOnce()
    {
        var function = ParseSingleHttp(Http(methods: """["get", "GET", "head"]"""));

        Assert.Equal(GetHead, function.Methods);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    [InlineData("[]")]
    public void Parse_NoMethods_EmptyMeaningAll(string? methods)
    {
        var function = ParseSingleHttp(Http(methods: methods));

        Assert.Empty(function.Methods);
    }

    [Fact]
    public void Parse_NoRoute_RouteIsFunctionName()
    {
        var function = ParseSingleHttp(Http(name: "Ping", route: null));

        Assert.Equal("Ping", function.Route);
    }

    [Fact]
    public void Parse_Route_Kept()
    {
        var function = ParseSingleHttp(Http(route: "\"ping/{id:int}\""));

        Assert.Equal("ping/{id:int}", function.Route);
    }

    [Fact]
    public void Parse_NoAuthLevel_Function()
    {
        var function = ParseSingleHttp(Http(authLevel: null));

        Assert.Equal(FunctionAuthLevel.Function, function.AuthLevel);
    }

    [Theory]
    [InlineData("function", nameof(FunctionAuthLevel.Function))]
    [InlineData("Anonymous", nameof(FunctionAuthLevel.Anonymous))]
    [InlineData("ADMIN", nameof(FunctionAuthLevel.Admin))]
    [InlineData("user", nameof(FunctionAuthLevel.User))]
    [InlineData("System", nameof(FunctionAuthLevel.System))]
    public void Parse_AuthLevelInAnyCase_Parsed(string authLevel, string expected)
    {
        var function = ParseSingleHttp(Http(authLevel: authLevel));

        Assert.Equal(Enum.Parse<FunctionAuthLevel>(expected), function.AuthLevel);
    }

    [Fact]
    public void Parse_HttpFunction_CarriesNameEntryPointAndScriptFile()
    {
        var function = ParseSingleHttp(Http(name: "Ping"));

        Assert.Equal("Ping", function.Name);
        Assert.Equal("App.PingFunction.Run", function.EntryPoint);
        Assert.Equal("App.dll", function.ScriptFile);
        Assert.Empty(function.UnsupportedBindings);
    }

    [Fact]
    public void Parse_ExtraQueueOutput_ListedAsUnsupportedBinding()
    {
        const string extra = """, { "name": "outbox", "type": "queue", "direction": "Out", "queueName": "q" }""";

        var function = ParseSingleHttp(Http(extraBindings: extra));

        Assert.Equal("outbox (queue)", Assert.Single(function.UnsupportedBindings));
    }

    [Fact]
    public void Parse_TimerFunction_TimerWithNameEntryPointAndSchedule()
    {
        var metadata = FunctionsMetadataReader.Parse("[" + Function(Timer("Nightly", "\"0 0 3 * * *\"")) + "]", Source);

        Assert.Empty(metadata.HttpFunctions);
        Assert.Empty(metadata.OtherFunctions);
        var timer = Assert.Single(metadata.TimerFunctions);
        Assert.Equal("Nightly", timer.Name);
        Assert.Equal("App.Jobs.Nightly", timer.EntryPoint);
        Assert.Equal("App.dll", timer.ScriptFile);
        Assert.Equal("0 0 3 * * *", timer.Schedule);
        Assert.Empty(timer.UnsupportedBindings);
    }

    [Fact]
    public void Parse_TimerWithOutputBinding_ListedAsUnsupportedBinding()
    {
        const string extra = """, { "name": "$return", "type": "queue", "direction": "Out", "queueName": "q" }""";

        var timer = Assert.Single(FunctionsMetadataReader.Parse("[" + Function(Timer("Nightly", "\"0 0 3 * * *\"", extra)) + "]", Source).TimerFunctions);

        Assert.Equal("$return (queue)", Assert.Single(timer.UnsupportedBindings));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"\"")]
    [InlineData("5")]
    public void Parse_TimerWithoutScheduleString_ThrowsNamingFunctionAndSchedule(string? schedule)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Parse("[" + Function(Timer("Nightly", schedule)) + "]", Source));

        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
        Assert.Contains("schedule", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QueueFunction_ListedAsOtherWithTriggerType()
    {
        const string json = """
            [ { "name": "Drain", "scriptFile": "App.dll", "entryPoint": "App.Jobs.Drain",
                "bindings": [ { "name": "message", "type": "queueTrigger", "direction": "In", "queueName": "q" } ] } ]
            """;

        var metadata = FunctionsMetadataReader.Parse(json, Source);

        Assert.Empty(metadata.TimerFunctions);
        Assert.Equal(new FunctionDescriptor("Drain", "App.Jobs.Drain", "App.dll", "queueTrigger"), Assert.Single(metadata.OtherFunctions));
    }

    [Theory]
    [InlineData("Ping", "Ping")]
    [InlineData("Ping", "PING")]
    public void Parse_NameUsedTwiceInAnyCase_ThrowsNamingIt(string first, string second)
    {
        var json = "[" + Function(Http(name: first)) + "," + Function(Timer(second, "\"0 0 3 * * *\"")) + "]";

        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Parse(json, Source));

        Assert.Contains($"'{second}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoTriggerBinding_OtherWithEmptyTriggerType()
    {
        const string json = """[ { "name": "Odd", "scriptFile": "App.dll", "entryPoint": "App.Odd.Run", "bindings": [] } ]""";

        var metadata = FunctionsMetadataReader.Parse(json, Source);

        Assert.Equal(string.Empty, Assert.Single(metadata.OtherFunctions).TriggerType);
    }

    [Fact]
    public void Parse_MixedFunctions_SplitInFileOrder()
    {
        var json = "[" + Function(Http(name: "B")) + "," + Function(Http(name: "A")) + "]";

        var metadata = FunctionsMetadataReader.Parse(json, Source);

        Assert.Equal(["B", "A"], metadata.HttpFunctions.Select(f => f.Name));
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_Read()
    {
        var json = "// generated\n[" + Function(Http(name: "A")) + ",]";

        Assert.Single(FunctionsMetadataReader.Parse(json, Source).HttpFunctions);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\"functions\"")]
    [InlineData("[ { \"name\": ")]
    [InlineData("""[ { "scriptFile": "App.dll", "entryPoint": "App.X.Run", "bindings": [] } ]""")]
    [InlineData("""[ { "name": "NoEntry", "scriptFile": "App.dll", "bindings": [] } ]""")]
    [InlineData("""[ { "name": "NoScript", "entryPoint": "App.X.Run", "bindings": [] } ]""")]
    [InlineData("""[ { "name": "NoBindings", "scriptFile": "App.dll", "entryPoint": "App.X.Run" } ]""")]
    [InlineData("""[ { "name": 7, "scriptFile": "App.dll", "entryPoint": "App.X.Run", "bindings": [] } ]""")]
    public void Parse_BadShape_ThrowsNamingSource(string json)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Parse(json, Source));

        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingEntryPoint_MessageNamesFunctionAndProperty()
    {
        const string json = """[ { "name": "NoEntry", "scriptFile": "App.dll", "bindings": [] } ]""";

        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Parse(json, Source));

        Assert.Contains("NoEntry", ex.Message, StringComparison.Ordinal);
        Assert.Contains("entryPoint", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Everyone\"")]
    [InlineData("\"99\"")]
    [InlineData("\"\"")]
    [InlineData("3")]
    public void Parse_UnknownAuthLevel_ThrowsNamingSourceAndFunction(string authLevel)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Parse("[" + Function(Http(name: "Locked", authLevelJson: authLevel)) + "]", Source));

        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
        Assert.Contains("authLevel", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"get\"")]
    [InlineData("""["get", ""]""")]
    [InlineData("""["get", 1]""")]
    public void Parse_BadMethods_ThrowsNamingSource(string methods)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Parse("[" + Function(Http(methods: methods)) + "]", Source));

        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ThrowsNamingPath()
    {
        using var file = TempFile.Create(FunctionsMetadataReader.FileName, text: null);

        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Read(file.Path));

        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidFile_ThrowsNamingPath()
    {
        using var file = TempFile.Create(FunctionsMetadataReader.FileName, "{}");

        var ex = Assert.Throws<InvalidOperationException>(() => FunctionsMetadataReader.Read(file.Path));

        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AppMetadata_ExactlyTheAppsHttpAndTimerFunctions()
    {
        var metadata = FunctionsMetadataReader.Read(Path.Combine(AppContext.BaseDirectory, FunctionsMetadataReader.FileName));

        // The pinned list (FunctionsMetadataTests) parses the file independently: the reader must agree with it.
        var pinned = FunctionsMetadataTests.Read().ToDictionary(f => f.Name, f => f.Auth, StringComparer.Ordinal);
        Assert.Equal(pinned.Keys.Order(StringComparer.Ordinal), metadata.HttpFunctions.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(AppTimerFunctions, metadata.TimerFunctions.Select(f => (f.Name, f.Schedule)));
        Assert.All(metadata.TimerFunctions, f => Assert.Empty(f.UnsupportedBindings));
        Assert.Empty(metadata.OtherFunctions);
        Assert.All(metadata.HttpFunctions, f =>
        {
            Assert.Equal("NkFunctions.dll", f.ScriptFile);
            Assert.Equal(pinned[f.Name], f.AuthLevel.ToString());
            Assert.Empty(f.UnsupportedBindings);
            // The catch-all lists none (every method); every other function GET (and HEAD), POST or DELETE.
            Assert.True(f.Methods.Contains("GET") || f.Methods.SequenceEqual(["POST"]) || f.Methods.SequenceEqual(["DELETE"]) || (f.Route == "{*path}" && f.Methods.Count == 0), f.Name);
        });
    }

    private static HttpFunctionDescriptor ParseSingleHttp(string function)
    {
        var metadata = FunctionsMetadataReader.Parse("[" + Function(function) + "]", Source);
        Assert.Empty(metadata.OtherFunctions);
        Assert.Empty(metadata.TimerFunctions);
        return Assert.Single(metadata.HttpFunctions);
    }

    // The parts of one function entry; Function() wraps them in braces.
    private static string Http(
        string name = "Ping",
        string? route = "\"ping\"",
        string? methods = """["get"]""",
        string? authLevel = "Anonymous",
        string? authLevelJson = null,
        string extraBindings = "")
    {
        var trigger = """{ "name": "request", "type": "httpTrigger", "direction": "In" """;
        if (route is not null)
        {
            trigger += ", \"route\": " + route;
        }

        if (methods is not null)
        {
            trigger += ", \"methods\": " + methods;
        }

        if (authLevelJson is not null)
        {
            trigger += ", \"authLevel\": " + authLevelJson;
        }
        else if (authLevel is not null)
        {
            trigger += ", \"authLevel\": \"" + authLevel + "\"";
        }

        trigger += " }";
        return $$"""
            "name": "{{name}}",
            "scriptFile": "App.dll",
            "entryPoint": "App.{{name}}Function.Run",
            "language": "dotnet-isolated",
            "bindings": [ {{trigger}}, { "name": "$return", "type": "http", "direction": "Out" }{{extraBindings}} ]
            """;
    }

    private static string Timer(string name, string? scheduleJson, string extraBindings = "")
    {
        var schedule = scheduleJson is null ? string.Empty : ", \"schedule\": " + scheduleJson;
        return $$"""
            "name": "{{name}}",
            "scriptFile": "App.dll",
            "entryPoint": "App.Jobs.{{name}}",
            "language": "dotnet-isolated",
            "bindings": [ { "name": "timer", "type": "timerTrigger", "direction": "In"{{schedule}} }{{extraBindings}} ]
            """;
    }

    private static string Function(string parts) => "{" + parts + "}";
}
