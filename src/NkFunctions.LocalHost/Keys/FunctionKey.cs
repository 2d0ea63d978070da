using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace NkFunctions.LocalHost.Keys;

/// <summary>
/// The keys the local host accepts: the function key for Function-, User- and System-level functions, and the admin key
/// (the Functions host's master key) for Admin-level ones and the admin endpoint, which also opens every other level, as
/// the master key does. The two are always different keys, as in the Functions host, where a function key at the admin
/// API is refused (403): <c>NK_ADMIN_KEY</c> sets the admin key, else a random one is made for the run.
/// </summary>
internal sealed class FunctionKey
{
    /// <summary>Configuration key, and environment variable, that sets the key.</summary>
    public const string ConfigurationKey = "NK_FUNCTION_KEY";

    /// <summary>Configuration key, and environment variable, that sets a separate admin key.</summary>
    public const string AdminConfigurationKey = "NK_ADMIN_KEY";

    private FunctionKey(string value, FunctionKeySource source, string? adminValue)
    {
        Value = value;
        Source = source;
        AdminGenerated = adminValue is null;
        AdminValue = adminValue ?? Generate();
        if (string.Equals(AdminValue, Value, StringComparison.Ordinal))
        {
            // The host keeps them apart (its master key is not a function key); so must a local run, or its tests prove nothing.
            throw new InvalidOperationException($"{AdminConfigurationKey} must differ from {ConfigurationKey}: the admin (master) key and the function key are different keys in the Functions host.");
        }
    }

    /// <summary>The key. Never log it unless <see cref="Source"/> is <see cref="FunctionKeySource.Generated"/>.</summary>
    public string Value { get; }

    /// <summary>The admin key: <c>NK_ADMIN_KEY</c>, else random for this run. Never logged unless <see cref="AdminGenerated"/>.</summary>
    public string AdminValue { get; }

    /// <summary>True when no <c>NK_ADMIN_KEY</c> was set and <see cref="AdminValue"/> was made for this run.</summary>
    public bool AdminGenerated { get; }

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

        return new FunctionKey(Generate(), FunctionKeySource.Generated, admin);
    }

    // 32 random bytes, URL-safe so it can go in ?code= without escaping.
    private static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
