namespace NkFunctions.Core.Content;

/// <summary>What a link or image URL points at, as a browser would read it.</summary>
internal enum UrlKind
{
    /// <summary>Nothing at all: <c>[x]()</c>.</summary>
    Empty,

    /// <summary>An in-page anchor: <c>#heading-id</c>.</summary>
    Anchor,

    /// <summary>A path on the serving site: <c>/articles/x</c>.</summary>
    SiteRooted,

    /// <summary>Another host with the page's scheme: <c>//example.com/x</c> (or <c>/\example.com</c>).</summary>
    ProtocolRelative,

    /// <summary>Has a scheme: <c>https:</c>, <c>mailto:</c>, <c>javascript:</c>...</summary>
    Absolute,

    /// <summary>A file relative to the article: <c>images/x.png</c>, <c>../other.md</c>.</summary>
    Relative,
}
