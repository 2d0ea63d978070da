using System.Net;
using System.Net.Sockets;

namespace NkBench.Hosting;

/// <summary>Small HTTP helpers for setting up scenarios (never on a measured path).</summary>
internal static class Http
{
    public static readonly HttpClient Client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until <paramref name="url"/> answers 200, failing early if <paramref name="server"/> exits.</summary>
    public static async Task WaitForOkAsync(Uri url, ChildProcess server, TimeSpan timeout, string accept = "application/json")
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"{server.Description} exited before answering {url}:\n{server.Tail()}");
            }

            if (await TryGetStatusAsync(url, accept).ConfigureAwait(false) == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        throw new TimeoutException($"{url} did not answer 200 within {timeout}:\n{server.Tail()}");
    }

    /// <summary>The status of one GET, or null when nothing answered.</summary>
    public static async Task<HttpStatusCode?> TryGetStatusAsync(Uri url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        try
        {
            using var response = await Client.SendAsync(request).ConfigureAwait(false);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
