namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>What is kept of a client's user agent: coarse classes that cannot single a reader out.</summary>
/// <param name="DeviceClass"><c>mobile</c>, <c>tablet</c>, <c>desktop</c>, or <c>unknown</c> when there is no user agent.</param>
/// <param name="BrowserFamily"><c>Chrome</c>, <c>Safari</c>, <c>Firefox</c>, <c>Edge</c>, <c>Opera</c>, <c>Samsung Internet</c> or <c>Other</c>.</param>
/// <param name="OsFamily"><c>Windows</c>, <c>macOS</c>, <c>iOS</c>, <c>Android</c>, <c>ChromeOS</c>, <c>Linux</c> or <c>Other</c>.</param>
/// <param name="BotReason">Why the client counts as a bot (for example <c>client:webdriver</c>, <c>ua:Googlebot\/</c>, <c>ua:empty</c>), or null for a human.</param>
public sealed record ClientTraits(string DeviceClass, string BrowserFamily, string OsFamily, string? BotReason);
