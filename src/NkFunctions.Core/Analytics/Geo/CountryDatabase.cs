using System.Net;
using System.Net.Sockets;
using MaxMind.Db;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Analytics.Geo;

/// <summary>
/// The client's country, from an IP-to-country MaxMind DB (README.md in this folder): one reader per process,
/// memory-mapped (the pages are shared with the OS cache, not copied into the heap), thread-safe. Only the ISO code
/// leaves this class; the address is never kept.
/// </summary>
public sealed class CountryDatabase : IDisposable
{
    /// <summary>The vendored database's file name (copied beside the app under <c>Analytics/Geo/</c>).</summary>
    public const string ShippedFileName = "geo-whois-asn-country.mmdb";

    private readonly Lazy<Reader> _reader;
    private readonly ILogger _logger;

    /// <summary>Opens <see cref="GeoOptions.EffectivePath"/> on first use (or at start-up, by the warm-up).</summary>
    public CountryDatabase(IOptions<GeoOptions> options, ILogger<CountryDatabase> logger)
        : this(options?.Value.EffectivePath ?? throw new ArgumentNullException(nameof(options)), logger)
    {
    }

    internal CountryDatabase(string path, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _reader = new Lazy<Reader>(() => Open(path, _logger));
    }

    /// <summary>Where the shipped database lies in the app's output.</summary>
    public static string ShippedPath { get; } = Path.Combine(AppContext.BaseDirectory, "Analytics", "Geo", ShippedFileName);

    /// <summary>Whether the file has been opened yet (by the first lookup or by <see cref="WarmUp"/>).</summary>
    internal bool IsOpen => _reader.IsValueCreated;

    /// <summary>The open database's metadata.</summary>
    internal Metadata Metadata => _reader.Value.Metadata;

    /// <summary>
    /// The upper-case ISO 3166-1 alpha-2 code of the network <paramref name="address"/> belongs to, or null: no
    /// address, a private, loopback, link-local or other local address (<see cref="LocalAddresses"/>), an address
    /// the database does not cover, or a record whose value is not two letters.
    /// </summary>
    public string? CountryOf(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        // Dual-stack sockets report IPv4 clients as ::ffff:a.b.c.d, which an IPv6 tree does not file under IPv4.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var reader = _reader.Value;
        if (LocalAddresses.Contains(address) || (address.AddressFamily == AddressFamily.InterNetworkV6 && reader.Metadata.IPVersion == 4))
        {
            return null;
        }

        try
        {
            return Normalise(reader.Find<CountryRecord>(address)?.CountryCode);
        }
        catch (InvalidDatabaseException e)
        {
            // A corrupt record must not cost the reader's events: they are stored without a country.
            GeoLog.LookupFailed(_logger, e);
            return null;
        }
    }

    /// <summary>Opens the file and walks the tree once for each address family, so the first beacons find it mapped.</summary>
    public void WarmUp()
    {
        _ = CountryOf(IPAddress.Parse("8.8.8.8"));
        _ = CountryOf(IPAddress.Parse("2001:4860:4860::8888"));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_reader.IsValueCreated)
        {
            _reader.Value.Dispose();
        }
    }

    internal static string? Normalise(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]) ? code.ToUpperInvariant() : null;

    private static Reader Open(string path, ILogger logger)
    {
        var reader = new Reader(path, FileAccessMode.MemoryMapped);
        GeoLog.Opened(logger, reader.Metadata.DatabaseType, reader.Metadata.BuildDate, path);
        return reader;
    }
}
