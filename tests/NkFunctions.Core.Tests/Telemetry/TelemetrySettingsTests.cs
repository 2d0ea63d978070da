using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Telemetry;

namespace NkFunctions.Core.Tests.Telemetry;

public sealed class TelemetrySettingsTests
{
    private const string Key = "00000000-0000-0000-0000-000000000001";
    private const string Valid = $"InstrumentationKey={Key};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/";

    [Fact]
    public void From_NothingSet_ExportsNothing()
    {
        var settings = TelemetrySettings.From(Configuration());

        Assert.False(settings.Exports);
        Assert.Null(settings.ConnectionString);
        Assert.Null(settings.OtlpEndpoint);
    }

    [Fact]
    public void From_ConnectionString_ExportsToAzureMonitorWithItsKey()
    {
        var settings = TelemetrySettings.From(Configuration((TelemetrySettings.ConnectionStringSetting, Valid)));

        Assert.True(settings.Exports);
        Assert.Equal(Valid, settings.ConnectionString);
        Assert.False(settings.UseEntraId);
    }

    [Theory]
    [InlineData("Authorization=AAD", true, null)]
    [InlineData("Authorization=AAD;ClientId=11111111-2222-3333-4444-555555555555", true, "11111111-2222-3333-4444-555555555555")]
    [InlineData(" authorization=aad ; clientid=11111111-2222-3333-4444-555555555555 ", true, "11111111-2222-3333-4444-555555555555")]
    public void From_AuthenticationString_ManagedIdentity(string authentication, bool entraId, string? clientId)
    {
        var settings = TelemetrySettings.From(Configuration((TelemetrySettings.ConnectionStringSetting, Valid), (TelemetrySettings.AuthenticationSetting, authentication)));

        Assert.Equal(entraId, settings.UseEntraId);
        Assert.Equal(clientId, settings.ManagedIdentityClientId);
    }

    [Fact]
    public void From_OtlpEndpoint_ExportsThere()
    {
        var settings = TelemetrySettings.From(Configuration((TelemetrySettings.OtlpEndpointSetting, "http://localhost:4317")));

        Assert.True(settings.Exports);
        Assert.Equal(new Uri("http://localhost:4317"), settings.OtlpEndpoint);
    }

    [Theory]
    [InlineData(TelemetrySettings.ConnectionStringSetting, "not a connection string", null, null)]
    [InlineData(TelemetrySettings.ConnectionStringSetting, "IngestionEndpoint=https://x.example/", null, null)]
    [InlineData(TelemetrySettings.ConnectionStringSetting, "InstrumentationKey=abc", null, null)]
    [InlineData(TelemetrySettings.ConnectionStringSetting, $"InstrumentationKey={Key};IngestionEndpoint=westeurope", null, null)]
    [InlineData(TelemetrySettings.AuthenticationSetting, Valid, "Authorization=Basic", null)]
    [InlineData(TelemetrySettings.AuthenticationSetting, Valid, "Authorization=AAD;ClientId=my-identity", null)]
    [InlineData(TelemetrySettings.AuthenticationSetting, null, "Authorization=AAD", null)]
    [InlineData(TelemetrySettings.OtlpEndpointSetting, null, null, "localhost:4317")]
    [InlineData(TelemetrySettings.OtlpEndpointSetting, null, null, "ftp://collector.example")]
    public void From_MalformedSetting_StartUpErrorNamesIt(string setting, string? connectionString, string? authentication, string? otlpEndpoint)
    {
        var values = new (string Key, string? Value)[]
        {
            (TelemetrySettings.ConnectionStringSetting, connectionString),
            (TelemetrySettings.AuthenticationSetting, authentication),
            (TelemetrySettings.OtlpEndpointSetting, otlpEndpoint),
        };

        var error = Assert.Throws<OptionsValidationException>(() => TelemetrySettings.From(Configuration([.. values.Where(v => v.Value is not null).Select(v => (v.Key, v.Value!))])));

        Assert.StartsWith(setting + " ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("my-identity", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
