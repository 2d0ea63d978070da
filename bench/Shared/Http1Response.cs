using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// Reads one HTTP/1.1 response from a kept-alive socket and returns its status code. The benchmark clients send
/// hand-built requests one at a time per connection, so a response is framed by Content-Length (as Kestrel and nginx
/// frame these small answers) or has no body at all (304, 204). Shared by the load generators of bench/ (linked).
/// </summary>
internal static class Http1Response
{
    /// <summary>Reads the whole response into <paramref name="buffer"/> (large enough for it) and returns the status.</summary>
    public static async Task<int> ReadStatusAsync(Socket socket, byte[] buffer)
    {
        var filled = 0;
        while (true)
        {
            filled += await ReceiveSomeAsync(socket, buffer, filled).ConfigureAwait(false);
            var headerEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0)
            {
                continue;
            }

            if (!Utf8Parser.TryParse(buffer.AsSpan(9, 3), out int status, out _))
            {
                throw new InvalidDataException("No status line: " + Encoding.ASCII.GetString(buffer, 0, headerEnd));
            }

            var bodyLength = status is 304 or 204 || status < 200 ? 0 : ContentLength(buffer, headerEnd);
            while (filled < headerEnd + 4 + bodyLength)
            {
                filled += await ReceiveSomeAsync(socket, buffer, filled).ConfigureAwait(false);
            }

            return status;
        }
    }

    private static async Task<int> ReceiveSomeAsync(Socket socket, byte[] buffer, int filled)
    {
        if (filled == buffer.Length)
        {
            throw new InvalidDataException($"A response is larger than the client's {buffer.Length}-byte buffer.");
        }

        var read = await socket.ReceiveAsync(buffer.AsMemory(filled)).ConfigureAwait(false);
        return read == 0 ? throw new IOException("The server closed the connection mid-response.") : read;
    }

    private static int ContentLength(byte[] buffer, int headerEnd)
    {
        // Bytes first (no allocation per response on the client's core); other casings are legal but rare.
        var head = buffer.AsSpan(0, headerEnd);
        var at = head.IndexOf("\r\nContent-Length:"u8);
        if (at < 0)
        {
            at = Encoding.ASCII.GetString(head).IndexOf("\r\nContent-Length:", StringComparison.OrdinalIgnoreCase);
        }

        if (at < 0)
        {
            throw new InvalidDataException("Expected a Content-Length framed response: " + Encoding.ASCII.GetString(head));
        }

        var value = head[(at + 17)..];
        var eol = value.IndexOf((byte)'\r');
        value = (eol < 0 ? value : value[..eol]).Trim((byte)' ');
        return Utf8Parser.TryParse(value, out int length, out _)
            ? length
            : throw new InvalidDataException("Bad Content-Length: " + Encoding.ASCII.GetString(head));
    }
}
