using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace NkFunctions.LocalHost.Keys;

/// <summary>
/// The keys the local host accepts: the function key for Function-, User- and System-level functions, and the admin key
/// (the Functions host's master key) for Admin-level ones and the admin endpoint, which also opens every other level, as
/// the master key does. Unless <c>NK_ADMIN_KEY</c> sets one of its own, the admin key is the function key.
/// </summary>
internal sealed class FunctionKey
{
    /// <summary>Configuration key, and environment variable, that sets the key.</summary>
    public const string ConfigurationKey = "NK_FUNCTION_KEY";

    /// <summary>Configuration key, and environment variable, that sets a separate admin key.</summary>
    public const string AdminConfigurationKey = "NK_ADMIN_KEY";

    private FunctionKey(string value, FunctionKeySource source, string? adminValue = null)
    {
        Value = value;
        Source = source;
        AdminValue = adminValue ?? value;
    }

    /// <summary>The key. Never log it unless <see cref="Source"/> is <see cref="FunctionKeySource.Generated"/>.</summary>
    public string Value { get; }

    /// <summary>The admin key: <c>NK_ADMIN_KEY</c>, else the function key. Never logged.</summary>
    public string AdminValue { get; }

    /// <summary>True when <c>NK_ADMIN_KEY</c> set an admin key of its own.</summary>
    public bool HasSeparateAdminKey => !ReferenceEquals(AdminValue, Value);

    /// <summary>Where <see cref="Value"/> came from.</summary>
    public FunctionKeySource Source { get; }

    /// <summary>Takes <c>NK_FUNCTION_KEY</c> from configuration (environment variables included), or makes a random key.</summary>
    public static FunctionKey FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var admin = configuration[AdminConfigurationKey] is { Length: > 0 } a && !string.IsNullOrWhiteSpace(a) ? a : null;
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var source = Environment.GetEnvironmentVariable(ConfigurationKey) == configured
                ? FunctionKeySource.EnvironmentVariable
                : FunctionKeySource.Configuration;
            return new FunctionKey(configured, source, admin);
        }

        // 32 random bytes, URL-safe so it can go in ?code= without escaping.
        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new FunctionKey(generated, FunctionKeySource.Generated, admin);
    }
}
