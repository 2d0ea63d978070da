using System.Net;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>The accept loop of a test's own small HTTP server (an <see cref="HttpListener"/>), until it is stopped.</summary>
public static class ListenerLoop
{
    /// <summary>Hands each request to <paramref name="handle"/>, one at a time; returns when the listener stops.</summary>
    public static async Task RunAsync(HttpListener listener, Func<HttpListenerContext, Task> handle)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ArgumentNullException.ThrowIfNull(handle);
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            await handle(context);
        }
    }
}
