using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Checks the storage setting along with the analytics options, which are validated on start: the storage client is
/// created on first use, and a missing or malformed setting should stop the app at start-up, not fail its first beacon.
/// </summary>
internal sealed class StorageSettingValidation(IConfiguration configuration) : IValidateOptions<AnalyticsOptions>
{
    public ValidateOptionsResult Validate(string? name, AnalyticsOptions options)
    {
        try
        {
            StorageConnection.Read(configuration);
            return ValidateOptionsResult.Success;
        }
        catch (OptionsValidationException e)
        {
            return ValidateOptionsResult.Fail(e.Failures);
        }
    }
}
