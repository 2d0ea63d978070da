using Microsoft.Extensions.Configuration;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.IntegrationTests.LocalHost.Keys;

public sealed class FunctionKeyTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromConfiguration_NothingConfigured_GeneratedUrlSafeKey(string? configured)
    {
        var key = FunctionKey.FromConfiguration(Configuration(configured));

        Assert.Equal(FunctionKeySource.Generated, key.Source);
        Assert.Equal(43, key.Value.Length);
        Assert.All(key.Value, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL-safe"));
        Assert.Equal(key.Value, Uri.EscapeDataString(key.Value));
    }

    [Fact]
    public void FromConfiguration_NothingConfigured_NewKeyEachTime()
    {
        var first = FunctionKey.FromConfiguration(Configuration(null));
        var second = FunctionKey.FromConfiguration(Configuration(null));

        Assert.NotEqual(first.Value, second.Value);
    }

    [Fact]
    public void FromConfiguration_Configured_UsesItNotGenerated()
    {
        // Unique, so it cannot equal an NK_FUNCTION_KEY environment variable of the machine running the tests.
        var configured = "configured-" + Guid.NewGuid().ToString("N");

        var key = FunctionKey.FromConfiguration(Configuration(configured));

        Assert.Equal(configured, key.Value);
        Assert.Equal(FunctionKeySource.Configuration, key.Source);
    }

    [Fact]
    public void FromConfiguration_NoAdminKey_ADifferentOneGenerated()
    {
        var key = FunctionKey.FromConfiguration(Configuration("configured-" + Guid.NewGuid().ToString("N")));

        Assert.True(key.AdminGenerated);
        Assert.Equal(43, key.AdminValue.Length);
        Assert.NotEqual(key.Value, key.AdminValue);
    }

    [Fact]
    public void FromConfiguration_AdminKeyEqualToTheFunctionKey_Refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FunctionKey.FromConfiguration(Configuration("same-key", admin: "same-key")));

        Assert.Contains(FunctionKey.AdminConfigurationKey, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("same-key", ex.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string? key, string? admin = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [FunctionKey.ConfigurationKey] = key, [FunctionKey.AdminConfigurationKey] = admin })
            .Build();
}
