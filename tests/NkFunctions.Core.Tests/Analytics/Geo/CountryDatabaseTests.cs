using System.Net;
using NkFunctions.Core.Analytics.Geo;
using NkFunctions.Testing;

namespace NkFunctions.Core.Tests.Analytics.Geo;

/// <summary>The lookup the ingest does, over the tests' database of the documentation ranges.</summary>
public sealed class CountryDatabaseTests : IDisposable
{
    private readonly CountryDatabase _countries = new(TestCountryDatabase.Path);

    public void Dispose() => _countries.Dispose();

    [Theory]
    [InlineData("192.0.2.30", "DE")]
    [InlineData("198.51.100.20", "FR")]
    [InlineData("203.0.113.10", "JP")]
    [InlineData("2001:db8::20", "NL")]
    [InlineData("2001:db8:1234::1%3", "NL")]
    [InlineData("::ffff:198.51.100.7", "FR")]
    public void CountryOf_DocumentationRange_ItsCountry(string address, string country)
    {
        Assert.Equal(country, _countries.CountryOf(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2001:db9::1")]
    public void CountryOf_AddressOutsideTheDatabase_Null(string address)
    {
        Assert.Null(_countries.CountryOf(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("0.1.2.3")]
    [InlineData("10.1.2.3")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.10.10")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.0.0.8")]
    [InlineData("192.168.1.1")]
    [InlineData("198.18.0.1")]
    [InlineData("198.19.255.254")]
    [InlineData("224.0.0.251")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::ffff:192.168.1.1")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("64:ff9b:1::a00:1")]
    [InlineData("100::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1%2")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    public void CountryOf_LocalAddress_NullEvenWhereTheDatabaseNamesACountry(string address)
    {
        using var everywhere = EverywhereAustralia();

        Assert.Null(everywhere.CountryOf(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.0.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.0.1.255")]
    [InlineData("192.0.2.1")]
    [InlineData("198.51.100.1")]
    [InlineData("203.0.113.1")]
    [InlineData("223.255.255.255")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("fbff:ffff::1")]
    [InlineData("fe00::1")]
    public void CountryOf_PublicOrDocumentationAddress_TheDatabasesAnswer(string address)
    {
        using var everywhere = EverywhereAustralia();

        Assert.Equal("AU", everywhere.CountryOf(IPAddress.Parse(address)));
    }

    [Fact]
    public void CountryOf_NoAddress_Null()
    {
        Assert.Null(_countries.CountryOf(null));
    }

    [Fact]
    public void CountryOf_Ipv6AgainstAnIpv4OnlyDatabase_NullNotAnError()
    {
        using var file = TempDatabase(new MmdbWriter(ipVersion: 4).Add("192.0.2.0/24", "DE"));
        using var countries = new CountryDatabase(file.Path);

        Assert.Equal("DE", countries.CountryOf(IPAddress.Parse("192.0.2.1")));
        Assert.Equal("DE", countries.CountryOf(IPAddress.Parse("::ffff:192.0.2.1")));
        Assert.Null(countries.CountryOf(IPAddress.Parse("2001:db8::1")));
    }

    [Fact]
    public void CountryOf_RecordsThatAreNoAlpha2Code_UpperCasedOrDropped()
    {
        using var file = TempDatabase(new MmdbWriter()
            .Add("192.0.2.0/26", "de")
            .Add("192.0.2.64/26", "DEU")
            .Add("192.0.2.128/26", "")
            .Add("192.0.2.192/26", "1A"));
        using var countries = new CountryDatabase(file.Path);

        Assert.Equal("DE", countries.CountryOf(IPAddress.Parse("192.0.2.1")));
        Assert.Null(countries.CountryOf(IPAddress.Parse("192.0.2.65")));
        Assert.Null(countries.CountryOf(IPAddress.Parse("192.0.2.129")));
        Assert.Null(countries.CountryOf(IPAddress.Parse("192.0.2.193")));
    }

    [Fact]
    public void WarmUp_OpensTheFile_LookupsBeforeItOpenItToo()
    {
        using var lazy = new CountryDatabase(TestCountryDatabase.Path);
        Assert.False(lazy.IsOpen);
        Assert.Equal("JP", lazy.CountryOf(IPAddress.Parse("203.0.113.1")));
        Assert.True(lazy.IsOpen);

        using var warmed = new CountryDatabase(TestCountryDatabase.Path);
        warmed.WarmUp();
        Assert.True(warmed.IsOpen);
    }

    // A database that, like the shipped one for 192.168.0.0/16, names a country for addresses that have none.
    private static CountryDatabase EverywhereAustralia()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nk-geo-au-{Guid.NewGuid():N}.mmdb");
        new MmdbWriter()
            .Add("0.0.0.0/1", "AU").Add("128.0.0.0/1", "AU")
            .Add("64:ff9b::/32", "AU").Add("100::/16", "AU").Add("8000::/1", "AU")
            .WriteTo(path);
        return new CountryDatabase(path);
    }

    internal static TempDatabaseFile TempDatabase(MmdbWriter writer)
    {
        var file = new TempDatabaseFile();
        writer.WriteTo(file.Path);
        return file;
    }
}

/// <summary>A database file of one test, deleted after it.</summary>
internal sealed class TempDatabaseFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"nk-geo-{Guid.NewGuid():N}.mmdb");

    public void Dispose() => File.Delete(Path);
}
