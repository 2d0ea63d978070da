using NkFunctions.Core.Analytics.Ingestion;
using Xunit.Abstractions;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>
/// The property run for the beacon endpoints, on a host of their own: the reports above then read an empty events
/// table (fast), and the stored events here are only those these requests acknowledged.
/// </summary>
public sealed class BeaconPropertyTests(PropertyHostFixture fixture, ITestOutputHelper output) : IClassFixture<PropertyHostFixture>
{
    public static TheoryData<string> Endpoints => [BeaconEndpoints.PostEvents, BeaconEndpoints.PostPlausibleEvent];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task AnyBeacon_No5xx_ProblemJsonOn4xx_StoresExactlyWhatIsAcknowledged(string function) => new EndpointProperty(fixture, output).CheckAsync(function);
}
