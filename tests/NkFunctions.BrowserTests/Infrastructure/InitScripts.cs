namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// Init scripts that let a test decide what the page believes about itself before any page script runs: its
/// visibility (hidden tabs, prerendering) and privacy signals. Chromium offers no switch for these per page.
/// </summary>
internal static class InitScripts
{
    /// <summary>
    /// Replaces <c>document.visibilityState</c>, <c>document.hidden</c> and <c>document.prerendering</c> with values
    /// the test controls through <c>window.__setVisibility(state)</c> and <c>window.__activatePrerender()</c>, which
    /// also fire the events a browser would.
    /// </summary>
    public static string Visibility(string initialState = "visible", bool prerendering = false) => $$"""
        (() => {
          let state = '{{initialState}}', prerendering = {{(prerendering ? "true" : "false")}};
          const define = (name, get) => Object.defineProperty(Document.prototype, name, { configurable: true, get });
          define('visibilityState', () => state);
          define('hidden', () => state === 'hidden');
          define('prerendering', () => prerendering);
          window.__setVisibility = s => { state = s; document.dispatchEvent(new Event('visibilitychange')); };
          window.__activatePrerender = () => {
            prerendering = false;
            state = 'visible';
            document.dispatchEvent(new Event('prerenderingchange'));
          };
        })();
        """;

    /// <summary>Makes the browser send a privacy signal: <c>globalPrivacyControl</c> or <c>doNotTrack</c>.</summary>
    public static string PrivacySignal(string signal) => signal switch
    {
        "globalPrivacyControl" => "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });",
        "doNotTrack" => "Object.defineProperty(Navigator.prototype, 'doNotTrack', { configurable: true, get: () => '1' });",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown privacy signal."),
    };
}
