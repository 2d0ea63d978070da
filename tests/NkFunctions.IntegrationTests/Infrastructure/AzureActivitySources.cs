using System.Runtime.CompilerServices;
using NkFunctions.Core.Telemetry;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// Azure.Core reads its ActivitySource switch once per process. In the app, the host's registration sets it before
/// any storage client exists; here a test may create a client before any host is built, so set it as the process
/// starts, as the app's own start would.
/// </summary>
internal static class AzureActivitySources
{
    [ModuleInitializer]
    internal static void Enable() => AppContext.SetSwitch(TelemetryRegistration.AzureActivitySourceSwitch, true);
}
