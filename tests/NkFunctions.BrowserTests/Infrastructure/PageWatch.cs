using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// Records what a page did that a user would not see: console errors, uncaught exceptions, and every request it made
/// (URL and headers), so a test can assert "no console errors" and "the secret never appeared in a URL".
/// </summary>
internal sealed class PageWatch
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<IRequest> _requests = new();

    private PageWatch()
    {
    }

    /// <summary>Console messages of type error and uncaught page errors, in order.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Every request the page made, in order.</summary>
    public IReadOnlyList<IRequest> Requests => [.. _requests];

    public static PageWatch Attach(IPage page)
    {
        var watch = new PageWatch();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watch._errors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => watch._errors.Enqueue($"page error: {error}");
        page.Request += (_, request) => watch._requests.Enqueue(request);
        return watch;
    }
}
