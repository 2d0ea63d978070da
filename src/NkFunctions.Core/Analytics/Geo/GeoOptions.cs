namespace NkFunctions.Core.Analytics.Geo;

/// <summary>Where the IP-to-country database comes from (configuration section <c>Analytics:Geo</c>), validated at start-up.</summary>
public sealed class GeoOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Analytics:Geo";

    /// <summary>
    /// A MaxMind DB (<c>.mmdb</c>) whose records carry <c>country_code</c>, absolute or relative to the app's folder.
    /// Unset: the database shipped with the app (<see cref="CountryDatabase.ShippedPath"/>). Tests point it at a
    /// database of the documentation address ranges.
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>The file actually opened: <see cref="DatabasePath"/> resolved against the app's folder, or the shipped one.</summary>
    public string EffectivePath => string.IsNullOrWhiteSpace(DatabasePath)
        ? CountryDatabase.ShippedPath
        : Path.GetFullPath(DatabasePath, AppContext.BaseDirectory);
}
