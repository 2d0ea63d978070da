using System.Net;
using System.Net.Sockets;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>Free loopback ports, for servers a test starts whose address must be known before they listen.</summary>
public static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now (the OS picks it; a race with another process is possible but rare).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
