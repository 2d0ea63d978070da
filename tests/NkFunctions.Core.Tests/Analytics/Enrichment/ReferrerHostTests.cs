using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

public sealed class ReferrerHostTests
{
    [Theory]
    [InlineData("https://www.example.org/some/path?q=1", "example.org")]
    [InlineData("https://www.example.org", "example.org")]
    [InlineData("http://news.example.com/", "news.example.com")]
    [InlineData("https://Example.ORG:8443/x", "example.org")]
    [InlineData("HTTPS://WWW.EXAMPLE.ORG/Path", "example.org")]
    [InlineData("https://example.org#section", "example.org")]
    [InlineData("https://example.org?utm_source=x", "example.org")]
    [InlineData("https://example.org./", "example.org")]
    [InlineData("https://www2.example.org/", "www2.example.org")]
    [InlineData("https://wwwexample.org/", "wwwexample.org")]
    [InlineData("https://user:secret@host.example/p", "host.example")]
    [InlineData("  https://example.org/  ", "example.org")]
    [InlineData("//cdn.example.net/a.js", "cdn.example.net")]
    [InlineData("clinic.example", "clinic.example")]
    [InlineData("www.clinic.example", "clinic.example")]
    [InlineData("clinic.example:8080", "clinic.example")]
    [InlineData("clinic.example:8080/blog?x=1", "clinic.example")]
    [InlineData("clinic.example/blog/nk", "clinic.example")]
    [InlineData("https://203.0.113.5/x", "203.0.113.5")]
    [InlineData("https://[2001:db8::1]:8080/", "[2001:db8::1]")]
    [InlineData("https://localhost:3000/", "localhost")]
    [InlineData("https://xn--bcher-kva.example/", "xn--bcher-kva.example")]
    [InlineData("https://bücher.example/", "bücher.example")]
    public void FromUrl_HttpUrlOrHost_HostOnly(string input, string expected)
    {
        Assert.Equal(expected, ReferrerHost.FromUrl(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("about:blank")]
    [InlineData("android-app://com.google.android.gm/")]
    [InlineData("ftp://files.example.org/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://")]
    [InlineData("http://exa mple.org/")]
    [InlineData("not a url")]
    [InlineData("undefined")]
    [InlineData("null")]
    [InlineData("localhost")]
    [InlineData("clinic.example:port")]
    [InlineData("clinic.example:123456")]
    [InlineData("<script>")]
    public void FromUrl_EmptyGarbageOrOtherScheme_Null(string? input)
    {
        Assert.Null(ReferrerHost.FromUrl(input));
    }

    [Fact]
    public void FromUrl_LongerThanBeaconLimit_Null()
    {
        Assert.Null(ReferrerHost.FromUrl("https://example.org/" + new string('a', 2048)));
    }
}
