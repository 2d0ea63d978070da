namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// One browser for all browser tests, which run one after another: engaged time needs the page to hold focus, and
/// pages competing for one machine's two cores would blur the timings the tracker measures.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
