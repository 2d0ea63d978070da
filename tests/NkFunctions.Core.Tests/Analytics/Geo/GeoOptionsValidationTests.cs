using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Geo;
using NkFunctions.Testing;

namespace NkFunctions.Core.Tests.Analytics.Geo;

/// <summary><c>Analytics:Geo:DatabasePath</c> is checked at start-up: the file must exist and open as a MaxMind DB.</summary>
public sealed class GeoOptionsValidationTests
{
    [Fact]
    public void Unset_TheShippedDatabase_Valid()
    {
        var options = Resolve(null);

        Assert.Equal(CountryDatabase.ShippedPath, options.EffectivePath);
    }

    [Fact]
    public void TestDatabase_Valid()
    {
        Assert.Equal(TestCountryDatabase.Path, Resolve(TestCountryDatabase.Path).EffectivePath);
    }

    [Fact]
    public void MissingFile_FailsNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nk-missing-{Guid.NewGuid():N}.mmdb");

        var e = Assert.Throws<OptionsValidationException>(() => Resolve(path));

        Assert.Contains("Analytics:Geo:DatabasePath: no file at '" + path + "'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAMaxMindDb_FailsSayingSo()
    {
        using var file = new TempDatabaseFile();
        File.WriteAllText(file.Path, "country_code,DE\n");

        var e = Assert.Throws<OptionsValidationException>(() => Resolve(file.Path));

        Assert.Contains($"'{file.Path}' is not a readable MaxMind DB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativePath_ResolvedAgainstTheAppFolder()
    {
        var options = new GeoOptions { DatabasePath = Path.Combine("Analytics", "Geo", CountryDatabase.ShippedFileName) };

        Assert.Equal(CountryDatabase.ShippedPath, options.EffectivePath);
    }

    private static GeoOptions Resolve(string? path)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(path is null ? [] : [new KeyValuePair<string, string?>("Analytics:Geo:DatabasePath", path)])
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddNkGeo()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<GeoOptions>>().Value;
    }
}
