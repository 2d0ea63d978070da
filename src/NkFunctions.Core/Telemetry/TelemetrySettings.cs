using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Configuration;

namespace NkFunctions.Core.Telemetry;

/// <summary>
/// Where telemetry goes, from the platform's standard settings (not our own section: Azure, the Functions host and
/// OpenTelemetry tooling already set these names). Parsed once at registration, so a bad value stops the app at
/// start-up with a message naming the setting, instead of telemetry silently going nowhere.
/// </summary>
/// <param name="ConnectionString">Application Insights connection string: export to Azure Monitor.</param>
/// <param name="UseEntraId">Authenticate the Azure Monitor exporter with a managed identity (local auth disabled).</param>
/// <param name="ManagedIdentityClientId">The user-assigned identity's client id; null for the system-assigned one.</param>
/// <param name="OtlpEndpoint">OTLP collector (an Aspire dashboard, a collector sidecar): export there too.</param>
public sealed record TelemetrySettings(string? ConnectionString, bool UseEntraId, string? ManagedIdentityClientId, Uri? OtlpEndpoint)
{
    /// <summary>The Application Insights connection string setting.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The Application Insights authentication setting (<c>Authorization=AAD;ClientId=&lt;guid&gt;</c>).</summary>
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The OpenTelemetry Protocol exporter's endpoint setting.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>True when at least one exporter is configured; otherwise the OpenTelemetry SDK is not even registered.</summary>
    public bool Exports => ConnectionString is not null || OtlpEndpoint is not null;

    /// <summary>Reads and validates the settings.</summary>
    /// <exception cref="OptionsValidationException">A setting is present but malformed; the message names it and says what is expected.</exception>
    public static TelemetrySettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = Trimmed(configuration[ConnectionStringSetting]);
        if (connectionString is not null)
        {
            ValidateConnectionString(connectionString);
        }

        var (useEntraId, clientId) = ParseAuthentication(Trimmed(configuration[AuthenticationSetting]), connectionString is not null);
        return new TelemetrySettings(connectionString, useEntraId, clientId, ParseOtlpEndpoint(Trimmed(configuration[OtlpEndpointSetting])));
    }

    private static void ValidateConnectionString(string connectionString)
    {
        var parts = SettingPairs.Parse(connectionString);
        if (parts is null)
        {
            throw Invalid(ConnectionStringSetting, "must be 'InstrumentationKey=<guid>;IngestionEndpoint=https://...' pairs separated by ';' (copy it from the Application Insights resource).");
        }

        if (!parts.TryGetValue("InstrumentationKey", out var key) || !Guid.TryParse(key, out _))
        {
            throw Invalid(ConnectionStringSetting, "has no InstrumentationKey that is a GUID.");
        }

        if (parts.TryGetValue("IngestionEndpoint", out var endpoint) && !IsHttpUri(endpoint))
        {
            throw Invalid(ConnectionStringSetting, "has an IngestionEndpoint that is not an absolute http(s) URL.");
        }
    }

    private static (bool UseEntraId, string? ClientId) ParseAuthentication(string? value, bool hasConnectionString)
    {
        if (value is null)
        {
            return (false, null);
        }

        if (!hasConnectionString)
        {
            throw Invalid(AuthenticationSetting, $"is set but {ConnectionStringSetting} is not; set both, or neither.");
        }

        var parts = SettingPairs.Parse(value);
        if (parts is null || !parts.TryGetValue("Authorization", out var authorization) || !authorization.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(AuthenticationSetting, "must be 'Authorization=AAD' (system-assigned identity) or 'Authorization=AAD;ClientId=<guid>' (user-assigned).");
        }

        if (!parts.TryGetValue("ClientId", out var clientId))
        {
            return (true, null);
        }

        return Guid.TryParse(clientId, out _)
            ? (true, clientId)
            : throw Invalid(AuthenticationSetting, "has a ClientId that is not a GUID (the managed identity's client id).");
    }

    private static Uri? ParseOtlpEndpoint(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return IsHttpUri(value) ? new Uri(value) : throw Invalid(OtlpEndpointSetting, "must be an absolute http(s) URL, e.g. http://localhost:4317.");
    }

    private static bool IsHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // The value itself is never echoed: a connection string is not a secret, but an authentication string might sit beside one.
    private static OptionsValidationException Invalid(string setting, string problem) =>
        new(setting, typeof(TelemetrySettings), [$"{setting} {problem}"]);
}
