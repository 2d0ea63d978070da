using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content;

public sealed class UrlClassifierTests
{
    [Theory]
    [InlineData("", nameof(UrlKind.Empty))]
    [InlineData("  \t", nameof(UrlKind.Empty))]
    [InlineData("#details", nameof(UrlKind.Anchor))]
    [InlineData("/articles/x", nameof(UrlKind.SiteRooted))]
    [InlineData("//example.org/x", nameof(UrlKind.ProtocolRelative))]
    [InlineData("/\\example.org/x", nameof(UrlKind.ProtocolRelative))]
    [InlineData("\\\\example.org/x", nameof(UrlKind.ProtocolRelative))]
    [InlineData("https://example.org", nameof(UrlKind.Absolute))]
    [InlineData("mailto:a@example.org", nameof(UrlKind.Absolute))]
    [InlineData("javascript:alert(1)", nameof(UrlKind.Absolute))]
    [InlineData(" java\tscript:alert(1)", nameof(UrlKind.Absolute))]
    [InlineData("\u0001javascript:alert(1)", nameof(UrlKind.Absolute))]
    [InlineData("images/photo.png", nameof(UrlKind.Relative))]
    [InlineData("../other.md#part", nameof(UrlKind.Relative))]
    [InlineData("photo.png?v=2", nameof(UrlKind.Relative))]
    [InlineData("a/b:c", nameof(UrlKind.Relative))]
    public void Classify_Url_ReadsItAsBrowsersDo(string url, string expected)
    {
        Assert.Equal(expected, UrlClassifier.Classify(url).ToString());
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("//example.org", true)]
    [InlineData("/\\example.org", true)]
    [InlineData("mailto:a@example.org", false)]
    [InlineData("/articles/x", false)]
    [InlineData("#x", false)]
    [InlineData("notes.txt", false)]
    public void IsExternalWeb_Url_TrueOnlyForOtherHosts(string url, bool expected)
    {
        Assert.Equal(expected, UrlClassifier.IsExternalWeb(url));
    }
}
