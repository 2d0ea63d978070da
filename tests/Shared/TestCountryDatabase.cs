namespace NkFunctions.Testing;

/// <summary>
/// The country database the tests run with (<c>Analytics:Geo:DatabasePath</c>): the documentation address ranges
/// (RFC 5737, RFC 3849), which no real database maps, each given a country, written once per test run by
/// <see cref="MmdbWriter"/>. Every other address has no country. Compiled into each test project that needs it.
/// </summary>
internal static class TestCountryDatabase
{
    /// <summary>TEST-NET-1.</summary>
    public const string GermanyNetwork = "192.0.2.0/24";

    /// <summary>TEST-NET-2.</summary>
    public const string FranceNetwork = "198.51.100.0/24";

    /// <summary>TEST-NET-3.</summary>
    public const string JapanNetwork = "203.0.113.0/24";

    /// <summary>The IPv6 documentation prefix.</summary>
    public const string NetherlandsNetwork = "2001:db8::/32";

    private static readonly Lazy<string> Written = new(Write);

    /// <summary>The database file (written on first use into the temp folder, left for the OS to clean).</summary>
    public static string Path => Written.Value;

    /// <summary>The database as a writer holds it, for tests that build variants.</summary>
    public static MmdbWriter Writer(int ipVersion = 6, int recordSize = 24) => new MmdbWriter(ipVersion, recordSize)
        .Add(GermanyNetwork, "DE")
        .Add(FranceNetwork, "FR")
        .Add(JapanNetwork, "JP");

    private static string Write()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"nk-test-countries-{Guid.NewGuid():N}.mmdb");
        Writer().Add(NetherlandsNetwork, "NL").WriteTo(path);
        return path;
    }
}
