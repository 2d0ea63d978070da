using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Health;

namespace NkFunctions.Core.Tests.Health;

/// <summary>
/// The readiness outcome no emulator can produce: an identity that cannot get a token (no managed identity endpoint,
/// wrong client id). The other outcomes run against Azurite in the integration tests (ReadinessTests).
/// </summary>
public sealed class StorageProbeTests
{
    [Fact]
    public async Task NoToken_CredentialUnavailable_NotReachable_SaysWhatToCheck()
    {
        var service = new TableServiceClient(new Uri("https://nkprod7x2.table.core.windows.net/"), new NoTokenCredential());
        var probe = new StorageProbe(service, Options.Create(new HealthOptions()), TimeProvider.System, NullLogger<StorageProbe>.Instance);

        var check = await probe.CheckAsync(CancellationToken.None);

        Assert.Equal("credential-unavailable", check.Status);
        Assert.False(check.Reachable);
        Assert.Contains("AzureWebJobsStorage__credential", check.Detail, StringComparison.Ordinal);
    }

    private sealed class NoTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new CredentialUnavailableException("No managed identity endpoint found.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new CredentialUnavailableException("No managed identity endpoint found.");
    }
}
