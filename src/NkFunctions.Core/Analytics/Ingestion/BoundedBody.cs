using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>Reads a request body up to a limit, refusing larger ones before reading them in full.</summary>
internal static class BoundedBody
{
    /// <summary>The body, or null when it is over <paramref name="limit"/> bytes (by Content-Length or by reading).</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[Math.Min(limit + 1, (int?)request.ContentLength + 1 ?? limit + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, limit + 1);
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
            if (length > limit)
            {
                return null;
            }
        }
    }
}
