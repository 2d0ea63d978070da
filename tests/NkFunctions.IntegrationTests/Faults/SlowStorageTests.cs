using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NkFunctions.IntegrationTests.Faults;

/// <summary>
/// Table Storage slow or hanging, behind a proxy the test controls: every beacon still gets an answer (timeouts are
/// bounded), the write queue never holds more than its capacity (memory stays bounded; beyond it, 503 at once), and
/// nothing is acknowledged that was not stored. A delay under the timeout costs latency, not answers.
/// </summary>
public sealed class SlowStorageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int QueueCapacity = 100;

    private AzuriteServer? _azurite;
    private StallingProxy? _proxy;
    private LocalHostServer? _server;

    private StallingProxy Proxy => _proxy!;

    private LocalHostServer Server => _server!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _proxy = StallingProxy.Start(_azurite.Port);
        _server = await LocalHostServer.StartAsync(
            null,
            $"--AzureWebJobsStorage={_proxy.ConnectionString}",
            "--Analytics:StorageTimeoutSeconds=1",
            "--Analytics:RequestTimeoutSeconds=4",
            $"--Analytics:QueueCapacity={QueueCapacity}");

        // Warm: the tables exist and today's salt is in memory, so what follows waits on event writes only.
        using var warm = await Server.Client.SendAsync(Post(Beacons.NewPageView(), "192.0.2.1"));
        Assert.Equal(HttpStatusCode.Accepted, warm.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Proxy.DisposeAsync();
        await _azurite!.DisposeAsync();
    }

    [Fact]
    public async Task StorageStalls_EveryBeaconAnswered503_QueueNeverAboveCapacity_ThenRecovers()
    {
        Proxy.Stall();
        var stats = Server.Services.GetRequiredService<WriterStats>();

        // 150 beacons of 3 events at once: 450 events against a queue of 100.
        var answers = await Task.WhenAll(Enumerable.Range(0, 150).Select(async i =>
        {
            using var response = await Server.Client.SendAsync(Post(Beacons.NewPageView(), $"192.0.2.{(i % 200) + 2}"));
            return (response.StatusCode, response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType);
        })).WaitAsync(TimeSpan.FromMinutes(2)); // liveness only: a hang fails here instead of blocking the run

        Proxy.Pass();
        using var after = await Server.Client.SendAsync(Post(Beacons.NewPageView(), "192.0.2.250"));

        output.WriteLine($"stalled storage: 150 beacons (450 events), queue capacity {QueueCapacity}: {string.Join(", ", answers.GroupBy(a => a.StatusCode).Select(g => $"{(int)g.Key}×{g.Count()}"))}; most events ever queued {stats.MaxQueuedEntities}");
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode);
            Assert.True(a.Delta > TimeSpan.Zero);
            Assert.Equal("application/problem+json", a.MediaType);
        });
        Assert.InRange(stats.MaxQueuedEntities, 1, QueueCapacity);
        Assert.Equal(HttpStatusCode.Accepted, after.StatusCode);
    }

    [Fact]
    public async Task StorageSlowButUnderTheTimeout_BeaconsStored()
    {
        Proxy.Delay(TimeSpan.FromMilliseconds(300));

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await Server.Client.SendAsync(Post(Beacons.NewPageView(), $"192.0.2.{i + 2}"));
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
    }

    private static HttpRequestMessage Post(string pv, string forwardedFor) =>
        Beacons.Post(Beacons.Body(pv, Beacons.PageView(pv, 0), Beacons.Section(pv, 1, "introduction"), Beacons.PageView(pv, 2)), forwardedFor: forwardedFor);
}
