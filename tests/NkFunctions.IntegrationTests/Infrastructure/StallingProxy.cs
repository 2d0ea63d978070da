using System.Net;
using System.Net.Sockets;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP proxy on loopback in front of a real Azurite that a test turns slow or cuts off: it passes traffic through,
/// delays every answer, stalls (keeps connections open and forwards nothing, as a storage front end that hangs does), or
/// severs (drops every connection and refuses new ones, as an unreachable storage does).
/// </summary>
public sealed class StallingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile int _delayMs;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<CancellationTokenSource, byte> _relays = new();
    private volatile bool _stalled;
    private volatile bool _severed;

    private StallingProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Listens on a free loopback port, passing everything through to <paramref name="upstreamPort"/>.</summary>
    public static StallingProxy Start(int upstreamPort) => new(upstreamPort);

    /// <summary>Azurite's connection string, pointed at the proxy.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteServer.AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>Every answer from storage waits this long before it is passed on.</summary>
    public void Delay(TimeSpan delay) => _delayMs = (int)delay.TotalMilliseconds;

    /// <summary>Nothing is forwarded in either direction until <see cref="Pass"/>; connections stay open.</summary>
    public void Stall() => _stalled = true;

    /// <summary>Drops every open connection and closes each new one at once, until <see cref="Pass"/>.</summary>
    public void Sever()
    {
        _severed = true;
        foreach (var relay in _relays.Keys)
        {
            relay.Cancel();
        }
    }

    /// <summary>Back to passing everything through at once.</summary>
    public void Pass()
    {
        _severed = false;
        _stalled = false;
        _delayMs = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        using (var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            if (_severed)
            {
                client.Client.LingerState = new LingerOption(true, 0); // a reset, like a refused connection
                return;
            }

            _relays[done] = 0;
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, done.Token);
                var up = PumpAsync(client.GetStream(), upstream.GetStream(), delay: false, done.Token);
                var down = PumpAsync(upstream.GetStream(), client.GetStream(), delay: true, done.Token);
                await Task.WhenAny(up, down);
                await done.CancelAsync();
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A side closed, the proxy severed it or is stopping: the connection ends, as with a real network.
            }
            finally
            {
                _relays.TryRemove(done, out _);
                client.Client.LingerState = new LingerOption(true, 0);
            }
        }
    }

    private async Task PumpAsync(Stream from, Stream to, bool delay, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return;
            }

            while (_stalled)
            {
                await Task.Delay(20, cancellationToken);
            }

            if (delay && _delayMs > 0)
            {
                await Task.Delay(_delayMs, cancellationToken);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
