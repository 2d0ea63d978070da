using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// Requests written byte by byte on a socket, for what HttpClient will not send as written: a body that never ends,
/// a Content-Length that lies, a path it would normalize.
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends <paramref name="head"/> (request line and headers, without the blank line) and <paramref name="body"/>, then reads the status and the whole answer.</summary>
    public static async Task<(int Status, string Response)> SendAsync(Uri baseAddress, string head, byte[]? body = null, bool endBody = true)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, baseAddress.Port));
        await socket.SendAsync(Encoding.ASCII.GetBytes(head + "\r\n\r\n"));
        if (body is not null)
        {
            await socket.SendAsync(body);
        }

        if (!endBody)
        {
            // The body is left unfinished on purpose: the answer must come anyway.
        }

        var received = new MemoryStream();
        var buffer = new byte[8192];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            int read;
            try
            {
                read = await socket.ReceiveAsync(buffer, deadline.Token);
            }
            catch (SocketException)
            {
                break; // reset after the answer: the server refused the rest of the body
            }

            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());
            if (IsComplete(text))
            {
                break;
            }
        }

        var response = Encoding.UTF8.GetString(received.ToArray());
        return (int.Parse(response.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture), response);
    }

    // One Content-Length framed answer (what these tests get) is complete when its body is all there.
    private static bool IsComplete(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var head = text[..end];
        var at = head.IndexOf("Content-Length: ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return true;
        }

        var value = head[(at + 16)..].Split('\r')[0];
        return Encoding.UTF8.GetByteCount(text[(end + 4)..]) >= int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
