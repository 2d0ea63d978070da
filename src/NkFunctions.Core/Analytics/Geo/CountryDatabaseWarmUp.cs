namespace NkFunctions.Core.Analytics.Geo;

/// <summary>
/// Opens the country database as the host starts, so the first beacon does not pay for mapping the file and faulting
/// in the top of its search tree (and a host stopped at once waits for the open before disposing the reader).
/// </summary>
internal sealed class CountryDatabaseWarmUp(CountryDatabase countries) : BackgroundWarmUp(countries.WarmUp);
