using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Routing;
using Xunit.Abstractions;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>The property run (see <see cref="EndpointProperty"/>) for every endpoint that does not take beacons.</summary>
public sealed class EndpointPropertyTests(PropertyHostFixture fixture, ITestOutputHelper output) : IClassFixture<PropertyHostFixture>
{
    public static TheoryData<string> Endpoints => [.. EndpointTable.All.Select(e => e.Function).Where(f => !BeaconEndpoints.Contains(f))];

    [Fact]
    public void Table_HasALinePerHttpFunction()
    {
        var declared = HttpRouteTable.Declared(typeof(AppServices).Assembly).Select(r => r.Function).Order(StringComparer.Ordinal);

        Assert.Equal(declared, EndpointTable.All.Select(e => e.Function).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task AnyRequest_No5xx_ProblemJsonOn4xx(string function) => new EndpointProperty(fixture, output).CheckAsync(function);
}
