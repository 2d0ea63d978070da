using System.Net;
using NkFunctions.Core.Analytics.Geo;

namespace NkFunctions.Core.Tests.Analytics.Geo;

/// <summary>
/// The vendored database (src/NkFunctions.Core/Analytics/Geo), as copied into the build output: well-known public
/// resolvers resolve to their country, and no private or reserved address resolves to any (the file itself files
/// 192.168.0.0/16 and 172.16.0.0/12 under AU: LocalAddresses keeps them out).
/// </summary>
public sealed class ShippedCountryDatabaseTests : IDisposable
{
    private readonly CountryDatabase _countries = new(CountryDatabase.ShippedPath);

    public void Dispose() => _countries.Dispose();

    [Fact]
    public void ShippedPath_IsInTheOutput_AnIpLocationDbCountryDatabase()
    {
        Assert.True(File.Exists(CountryDatabase.ShippedPath), CountryDatabase.ShippedPath);
        Assert.Equal(6, _countries.Metadata.IPVersion);
        Assert.Contains("country", _countries.Metadata.DatabaseType, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("8.8.8.8", "US")]
    [InlineData("8.8.4.4", "US")]
    [InlineData("2001:4860:4860::8888", "US")]
    [InlineData("::ffff:8.8.8.8", "US")]
    public void CountryOf_PublicResolver_ItsCountry(string address, string country)
    {
        Assert.Equal(country, _countries.CountryOf(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.5.4")]
    [InlineData("192.168.1.1")]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.10.10")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fe80::1")]
    public void CountryOf_PrivateOrReserved_Null(string address)
    {
        Assert.Null(_countries.CountryOf(IPAddress.Parse(address)));
    }

    [Fact]
    public void EveryRecord_IsAnUpperCaseAlpha2Code()
    {
        // Walks the whole tree once: what the database can ever answer is a two-letter code.
        using var reader = new MaxMind.Db.Reader(CountryDatabase.ShippedPath);
        var codes = reader.FindAll<Dictionary<string, object>>().Select(n => (string)n.Data["country_code"]).ToHashSet(StringComparer.Ordinal);

        Assert.InRange(codes.Count, 200, 260);
        Assert.All(codes, c => Assert.Matches("^[A-Z]{2}$", c));
    }
}
