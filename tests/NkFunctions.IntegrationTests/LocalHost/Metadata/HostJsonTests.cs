using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.IntegrationTests.LocalHost.Metadata;

public sealed class HostJsonTests
{
    private const string Source = "/some/app/host.json";

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "version": "2.0" }""")]
    [InlineData("""{ "extensions": {} }""")]
    [InlineData("""{ "extensions": { "http": {} } }""")]
    [InlineData("""{ "extensions": { "http": { "routePrefix": null } } }""")]
    public void ParseRoutePrefix_NoPrefix_DefaultApi(string json)
    {
        Assert.Equal("api", HostJson.ParseRoutePrefix(json, Source));
    }

    [Fact]
    public void ParseRoutePrefix_EmptyString_EmptyPrefix()
    {
        Assert.Equal(string.Empty, HostJson.ParseRoutePrefix("""{ "extensions": { "http": { "routePrefix": "" } } }""", Source));
    }

    [Fact]
    public void ParseRoutePrefix_Set_ReturnsIt()
    {
        Assert.Equal("v1/public", HostJson.ParseRoutePrefix("""{ "extensions": { "http": { "routePrefix": "v1/public" } } }""", Source));
    }

    [Fact]
    public void ParseRoutePrefix_KeysInAnyCase_Read()
    {
        Assert.Equal("x", HostJson.ParseRoutePrefix("""{ "EXTENSIONS": { "Http": { "ROUTEprefix": "x" } } }""", Source));
    }

    [Fact]
    public void ParseRoutePrefix_CommentsAndTrailingCommas_Read()
    {
        const string json = """
            {
              // hand-edited
              "version": "2.0",
              "extensions": {
                /* the HTTP extension */
                "http": { "routePrefix": "edited", },
              },
            }
            """;

        Assert.Equal("edited", HostJson.ParseRoutePrefix(json, Source));
    }

    [Theory]
    [InlineData("""{ "extensions": { "http": { "routePrefix": 42 } } }""")]
    [InlineData("""{ "extensions": { "http": { "routePrefix": ["api"] } } }""")]
    [InlineData("""{ "extensions": { "http": { "routePrefix": false } } }""")]
    public void ParseRoutePrefix_NonStringPrefix_ThrowsNamingSource(string json)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => HostJson.ParseRoutePrefix(json, Source));

        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
        Assert.Contains("routePrefix", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"extensions\": ")]
    [InlineData("not json")]
    [InlineData("")]
    public void ParseRoutePrefix_InvalidJson_ThrowsNamingSource(string json)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => HostJson.ParseRoutePrefix(json, Source));

        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRoutePrefix_MissingFile_DefaultApi()
    {
        using var file = TempFile.Create(HostJson.FileName, text: null);

        Assert.Equal("api", HostJson.ReadRoutePrefix(file.Path));
    }

    [Fact]
    public void ReadRoutePrefix_File_ReadsPrefix()
    {
        using var file = TempFile.Create(HostJson.FileName, """{ "extensions": { "http": { "routePrefix": "from-file" } } }""");

        Assert.Equal("from-file", HostJson.ReadRoutePrefix(file.Path));
    }

    [Fact]
    public void ReadRoutePrefix_InvalidFile_ThrowsNamingPath()
    {
        using var file = TempFile.Create(HostJson.FileName, "{ broken");

        var ex = Assert.Throws<InvalidOperationException>(() => HostJson.ReadRoutePrefix(file.Path));

        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRoutePrefix_AppHostJson_Api()
    {
        Assert.Equal("api", HostJson.ReadRoutePrefix(Path.Combine(AppContext.BaseDirectory, HostJson.FileName)));
    }
}
