using System.Net;
using MaxMind.Db;
using NkFunctions.Testing;

namespace NkFunctions.Core.Tests.Analytics.Geo;

/// <summary>The tests' MaxMind DB writer, proven against the real reader (MaxMind.Db) the app uses.</summary>
public sealed class MmdbWriterTests
{
    public static TheoryData<int, int> Layouts => new() { { 6, 24 }, { 6, 28 }, { 6, 32 }, { 4, 24 }, { 4, 28 } };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Build_ReadByMaxMindDb_EveryRangeItsCountry_OthersNothing(int ipVersion, int recordSize)
    {
        using var reader = new Reader(new MemoryStream(TestCountryDatabase.Writer(ipVersion, recordSize).Build()));

        Assert.Equal("DE", Country(reader, "192.0.2.0"));
        Assert.Equal("DE", Country(reader, "192.0.2.255"));
        Assert.Equal("FR", Country(reader, "198.51.100.20"));
        Assert.Equal("JP", Country(reader, "203.0.113.10"));
        Assert.Null(Country(reader, "192.0.3.0"));
        Assert.Null(Country(reader, "198.51.99.255"));
        Assert.Null(Country(reader, "8.8.8.8"));
        Assert.Null(Country(reader, "0.0.0.0"));
        Assert.Null(Country(reader, "255.255.255.255"));
    }

    [Theory]
    [InlineData(24)]
    [InlineData(28)]
    [InlineData(32)]
    public void Build_Metadata_AsTheSpecDefinesIt(int recordSize)
    {
        var bytes = new MmdbWriter(6, recordSize) { DatabaseType = "nk-writer-test" }.Add("2001:db8::/32", "NL").Build();
        using var reader = new Reader(new MemoryStream(bytes));

        var metadata = reader.Metadata;
        Assert.Equal(2, metadata.BinaryFormatMajorVersion);
        Assert.Equal(0, metadata.BinaryFormatMinorVersion);
        Assert.Equal(6, metadata.IPVersion);
        Assert.Equal("nk-writer-test", metadata.DatabaseType);
        Assert.Equal(["en"], metadata.Languages);
        Assert.Equal("Test database written by NkFunctions' MmdbWriter", metadata.Description["en"]);
        Assert.InRange(metadata.BuildDate, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));

        // The layout: one node per bit of the only network's 32-bit prefix, two records each, then the 16 zero
        // bytes, then the data section's one record, a map of one pair (control byte 0xE1), then the metadata marker.
        var treeBytes = 32 * 2 * recordSize / 8;
        Assert.All(bytes[treeBytes..(treeBytes + 16)], b => Assert.Equal(0, b));
        Assert.Equal(0xE1, bytes[treeBytes + 16]);
        var marker = bytes.AsSpan().LastIndexOf((byte[])[0xAB, 0xCD, 0xEF, .. "MaxMind.com"u8]);
        Assert.Equal(treeBytes + 16 + 1 + 13 + 3, marker);
    }

    [Fact]
    public void Build_Ipv6Tree_Ipv6NetworkAndIpv4UnderItsPrefix()
    {
        using var reader = new Reader(new MemoryStream(TestCountryDatabase.Writer().Add("2001:db8::/32", "NL").Build()));

        Assert.Equal("NL", Country(reader, "2001:db8::1"));
        Assert.Equal("NL", Country(reader, "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"));
        Assert.Null(Country(reader, "2001:db9::1"));
        Assert.Null(Country(reader, "::1"));

        // The spec files IPv4 at ::a.b.c.d (the first 2^32 addresses), which is where the reader looks.
        Assert.Equal("JP", Country(reader, "::203.0.113.10"));
    }

    [Fact]
    public void Build_FindAll_EnumeratesExactlyTheNetworksAdded()
    {
        using var reader = new Reader(new MemoryStream(new MmdbWriter(4).Add("192.0.2.0/24", "DE").Add("203.0.113.128/25", "JP").Build()));

        var networks = reader.FindAll<Dictionary<string, object>>()
            .Select(n => $"{n.Start}/{n.PrefixLength}={n.Data["country_code"]}")
            .ToList();

        Assert.Equal(["192.0.2.0/24=DE", "203.0.113.128/25=JP"], networks);
    }

    [Fact]
    public void Build_RecordIsAMapOfCountryCode()
    {
        using var reader = new Reader(new MemoryStream(TestCountryDatabase.Writer().Build()));

        var record = reader.Find<Dictionary<string, object>>(IPAddress.Parse("192.0.2.1"));

        Assert.Equal(new Dictionary<string, object> { ["country_code"] = "DE" }, record);
    }

    [Fact]
    public void Add_OverlappingNetworks_Refused()
    {
        var writer = new MmdbWriter().Add("192.0.2.0/24", "DE");

        Assert.Throws<InvalidOperationException>(() => writer.Add("192.0.2.128/25", "FR"));
        Assert.Throws<InvalidOperationException>(() => writer.Add("192.0.0.0/16", "FR"));
        Assert.Throws<ArgumentException>(() => new MmdbWriter(4).Add("2001:db8::/32", "NL"));
    }

    private static string? Country(Reader reader, string address) =>
        reader.Find<Dictionary<string, object>>(IPAddress.Parse(address)) is { } record ? (string)record["country_code"] : null;
}
