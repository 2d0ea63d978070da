using MaxMind.Db;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Analytics.Geo;

/// <summary>
/// Opens the configured database once at start-up, so a wrong path, a publish that left the file behind or a file
/// that is no MaxMind DB stops the app with the reason instead of leaving every beacon without a country.
/// </summary>
internal sealed class GeoOptionsValidation : IValidateOptions<GeoOptions>
{
    public ValidateOptionsResult Validate(string? name, GeoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.EffectivePath;
        if (!File.Exists(path))
        {
            return ValidateOptionsResult.Fail($"{GeoOptions.SectionName}:DatabasePath: no file at '{path}'.");
        }

        try
        {
            using var reader = new Reader(path, FileAccessMode.MemoryMapped);
            return reader.Metadata.IPVersion is 4 or 6
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{GeoOptions.SectionName}:DatabasePath: '{path}' has IP version {reader.Metadata.IPVersion}, not 4 or 6.");
        }
        catch (Exception e) when (e is InvalidDatabaseException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"{GeoOptions.SectionName}:DatabasePath: '{path}' is not a readable MaxMind DB ({e.Message}).");
        }
    }
}
