using Microsoft.Extensions.Configuration;
using NkFunctions.LocalHost.Hosting;

namespace NkFunctions.IntegrationTests.LocalHost.Hosting;

public sealed class LocalHostDefaultsTests
{
    [Fact]
    public void Apply_NothingConfigured_CoreToolsUrlAndAzurite()
    {
        var configuration = Apply();

        Assert.Equal("http://localhost:7071", configuration["urls"]);
        Assert.Equal("UseDevelopmentStorage=true", configuration["AzureWebJobsStorage"]);
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5005")]
    [InlineData("AzureWebJobsStorage", "DefaultEndpointsProtocol=https;AccountName=x")]
    public void Apply_Configured_ConfiguredValueWins(string key, string value)
    {
        var configuration = Apply((key, value));

        Assert.Equal(value, configuration[key]);
    }

    [Theory]
    [InlineData("http_ports", "5000")]
    [InlineData("https_ports", "5001")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5002")]
    public void Apply_OtherAddressSetting_NoDefaultUrl(string key, string value)
    {
        var configuration = Apply((key, value));

        Assert.Null(configuration["urls"]);
    }

    private static IConfigurationRoot Apply(params (string Key, string Value)[] configured)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(configured.Select(c => new KeyValuePair<string, string?>(c.Key, c.Value)));
        LocalHostDefaults.Apply(builder);
        return builder.Build();
    }
}
