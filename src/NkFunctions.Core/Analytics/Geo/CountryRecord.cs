using MaxMind.Db;

namespace NkFunctions.Core.Analytics.Geo;

/// <summary>
/// The one field read from a database record. ip-location-db's country databases hold only <c>country_code</c>;
/// MaxMind's own GeoLite2/GeoIP2 Country files nest it differently and are not supported.
/// </summary>
internal sealed class CountryRecord
{
    /// <summary>ISO 3166-1 alpha-2, as the database writes it.</summary>
    [MapKey("country_code")]
    public string? CountryCode { get; init; }
}
