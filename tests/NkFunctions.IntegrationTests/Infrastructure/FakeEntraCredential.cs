using System.Text;
using System.Text.Json;
using Azure.Core;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// Stands in for a managed identity: hands out unsigned JWTs with the claims Azurite's <c>--oauth basic</c> checks
/// (issuer, audience, lifetime), and records the scopes it was asked for.
/// </summary>
public sealed class FakeEntraCredential(string audience = FakeEntraCredential.StorageAudience) : TokenCredential
{
    public const string StorageAudience = "https://storage.azure.com";

    private readonly List<string> _scopes = [];

    public IReadOnlyList<string> RequestedScopes
    {
        get
        {
            lock (_scopes)
            {
                return [.. _scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_scopes)
        {
            _scopes.AddRange(requestContext.Scopes);
        }

        var now = DateTimeOffset.UtcNow;
        var expires = now.AddHours(1);
        var claims = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iss"] = "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["oid"] = "00000000-0000-0000-0000-00000000a11e",
        };
        var token = $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{Base64Url(JsonSerializer.Serialize(claims))}.unsigned";
        return new AccessToken(token, expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
