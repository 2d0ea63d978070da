using Microsoft.Playwright;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, never a downloaded build) driven by Playwright, shared by the browser tests.
/// Each test opens its own context: no cookies, storage or permissions leak from one test into another.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package installs the browser (apt-get install -y chromium).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps trying to reach Google's hosts, which a closed network refuses.
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's Chromium (apt-get install -y chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = LaunchArgs });
    }

    /// <summary>
    /// A second browser whose every request says <paramref name="userAgent"/>. A context's user-agent override misses
    /// the beacons a frame sends while it unloads, which then carry HeadlessChrome and are rightly counted as bots;
    /// the browser-wide switch covers them too. The caller closes it.
    /// </summary>
    public Task<IBrowser> LaunchWithUserAgentAsync(string userAgent) =>
        (_playwright ?? throw new InvalidOperationException("Not started.")).Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = [.. LaunchArgs, "--user-agent=" + userAgent],
        });

    /// <summary>A fresh, isolated browser context with a desktop-sized viewport.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 }, Locale = "en-GB" });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
