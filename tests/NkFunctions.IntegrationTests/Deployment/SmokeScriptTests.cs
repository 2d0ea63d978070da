using System.Diagnostics;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Deployment;

/// <summary>
/// scripts/smoke.sh, azure.yaml's postdeploy hook, run for real against the local host: it passes a healthy app,
/// waits out a storage that is not there yet, and fails, saying why, when storage never comes.
/// </summary>
public sealed class SmokeScriptTests
{
    [Fact]
    public async Task HealthyApp_ExitZero_ListsTheArticles()
    {
        await using var host = await BeaconHost.StartAsync();

        var (exitCode, output) = await RunAsync(host.Server.BaseAddress.AbsoluteUri, timeoutSeconds: 30);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"status\":\"ready\"", output, StringComparison.Ordinal);
        Assert.Contains("\"slug\":\"nk-cells-in-pregnancy\"", output, StringComparison.Ordinal);
        Assert.EndsWith("smoke: OK", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageNeverReachable_FailsWithTheReadinessAnswer()
    {
        await using var host = await BeaconHost.StartWithStorageDownAsync();

        var (exitCode, output) = await RunAsync(host.Server.BaseAddress.AbsoluteUri, timeoutSeconds: 3);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("FAILED: /api/health/ready answered 503", output, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"unreachable\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageArrivesLate_WaitsThenPasses()
    {
        // As on a fresh deployment, where the identity's roles apply minutes after the app starts.
        await using var host = await BeaconHost.StartWithStorageDownAsync();

        var run = RunAsync(host.Server.BaseAddress.AbsoluteUri, timeoutSeconds: 120);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await host.Azurite.RestartAsync();
        var (exitCode, output) = await run;

        Assert.Equal(0, exitCode);
        Assert.Contains("smoke: not ready yet (503)", output, StringComparison.Ordinal);
        Assert.Contains("smoke: OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingListening_FailsOnLiveness()
    {
        var (exitCode, output) = await RunAsync($"http://127.0.0.1:{LoopbackPorts.Free()}/", timeoutSeconds: 1);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("FAILED: /api/health answered 000", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string baseUrl, int timeoutSeconds)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "smoke.sh"));
        start.ArgumentList.Add(baseUrl);
        start.Environment["NK_SMOKE_TIMEOUT"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
