using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Content.Search;

namespace NkFunctions.Core.Tests.Content.Search;

/// <summary><c>Search:MaxWaitMilliseconds</c> is validated when the app starts.</summary>
public sealed class SearchOptionsTests
{
    [Theory]
    [InlineData(null, 1000)]
    [InlineData("0", 0)]
    [InlineData("30000", 30000)]
    public void MaxWait_InRange_Read(string? value, int expected)
    {
        Assert.Equal(expected, Resolve(value).MaxWaitMilliseconds);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("30001")]
    public void MaxWait_OutOfRange_FailsNamingIt(string value)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Resolve(value));

        Assert.Contains("MaxWaitMilliseconds", e.Message, StringComparison.Ordinal);
    }

    private static SearchOptions Resolve(string? value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(value is null ? [] : [new KeyValuePair<string, string?>("Search:MaxWaitMilliseconds", value)])
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddNkSearch()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<SearchOptions>>().Value;
    }
}
