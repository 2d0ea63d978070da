using System.Net;
using Azure.Data.Tables;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>Stopping the host under load: every beacon that was answered 2xx is in storage afterwards.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task HostStopsUnderLoad_EveryAcknowledgedEventIsStored()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var server = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        var firstAck = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var http = new HttpClient { BaseAddress = server.BaseAddress }; // outlives the server's own client

        // One client address per loop, as 32 readers would have: the rate limit is per client, and this test is about
        // writes in flight at shutdown, not about one client over its limit.
        var load = Enumerable.Range(0, 32).Select(async client =>
        {
            for (var i = 0; i < 50; i++)
            {
                var pv = Beacons.NewPageView();
                try
                {
                    using var response = await http.SendAsync(Beacons.Post(Beacons.Body(pv, Beacons.PageView(pv)), forwardedFor: $"203.0.113.{client + 1}"));
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        acknowledged.Add(pv);
                        firstAck.TrySetResult();
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the host has stopped listening
                }
            }
        }).ToList();

        await firstAck.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await server.DisposeAsync(); // graceful stop while beacons are in flight
        await Task.WhenAll(load);

        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in new TableClient(azurite.ConnectionString, "events").QueryAsync<TableEntity>())
        {
            stored.Add(entity.GetString("PageView"));
        }

        Assert.NotEmpty(acknowledged);
        Assert.All(acknowledged, pv => Assert.Contains(pv, stored));
    }
}
