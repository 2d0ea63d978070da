using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace NkFunctions.LocalHost.Keys;

/// <summary>The one key the local host accepts for Function-, System- and Admin-level functions (the real host has several kinds; locally one is enough).</summary>
internal sealed class FunctionKey
{
    /// <summary>Configuration key, and environment variable, that sets the key.</summary>
    public const string ConfigurationKey = "NK_FUNCTION_KEY";

    private FunctionKey(string value, FunctionKeySource source)
    {
        Value = value;
        Source = source;
    }

    /// <summary>The key. Never log it unless <see cref="Source"/> is <see cref="FunctionKeySource.Generated"/>.</summary>
    public string Value { get; }

    /// <summary>Where <see cref="Value"/> came from.</summary>
    public FunctionKeySource Source { get; }

    /// <summary>Takes <c>NK_FUNCTION_KEY</c> from configuration (environment variables included), or makes a random key.</summary>
    public static FunctionKey FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var source = Environment.GetEnvironmentVariable(ConfigurationKey) == configured
                ? FunctionKeySource.EnvironmentVariable
                : FunctionKeySource.Configuration;
            return new FunctionKey(configured, source);
        }

        // 32 random bytes, URL-safe so it can go in ?code= without escaping.
        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new FunctionKey(generated, FunctionKeySource.Generated);
    }
}
