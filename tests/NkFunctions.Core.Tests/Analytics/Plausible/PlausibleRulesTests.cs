using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Analytics.Ingestion.Plausible;

namespace NkFunctions.Core.Tests.Analytics.Plausible;

/// <summary>The small rules of Plausible compatibility: props privacy, page identity under hash routing, our domains.</summary>
public sealed class PlausibleRulesTests
{
    [Theory]
    [InlineData("https://user:pw@x.example:8443/a/b?token=secret#frag", "https://x.example:8443/a/b")]
    [InlineData("http://X.example", "http://x.example/")]
    [InlineData("  https://x.example/path?q=1", "https://x.example/path")]
    [InlineData("pro", "pro")]
    [InlineData("see https://x.example/?q=1", "see https://x.example/?q=1")] // not a URL value: text as sent
    [InlineData("https://", "(invalid url)")]
    public void WithoutQuery_UrlValues_KeepOriginAndPathOnly(string value, string expected) =>
        Assert.Equal(expected, PlausibleProps.WithoutQuery(value));

    [Theory]
    [InlineData("https://s.example/articles/a?x=1#intro", false, "/articles/a")]
    [InlineData("https://s.example/articles/a#intro", true, "/articles/a#intro")]
    [InlineData("https://s.example/#/articles/a%20b", true, "/#/articles/a b")]
    [InlineData("https://s.example/caf%C3%A9", false, "/café")]
    public void Identity_IsTheDecodedPath_PlusTheFragmentUnderHashRouting(string url, bool hashMode, string expected) =>
        Assert.Equal(expected, PlausiblePage.Identity(new Uri(url), hashMode));

    [Theory]
    [InlineData("site.example", true)]
    [InlineData(" WWW.Site.Example ", true)]
    [InlineData("other.example, www.site.example", true)]
    [InlineData("nkfunctions", true)] // Analytics:Site counts as one of ours
    [InlineData("other.example", false)]
    [InlineData("sub.site.example", false)]
    public void AnyIsOurs_ComparesWithoutWwwAndCase(string domain, bool expected)
    {
        var domains = new PlausibleDomains(Options.Create(new AnalyticsOptions { Domains = ["www.site.example"] }));

        Assert.Equal(expected, domains.AnyIsOurs(domain));
    }

    [Theory]
    [InlineData("example.org", true)]
    [InlineData("https://example.org", false)]
    [InlineData("", false)]
    [InlineData("exa mple.org", false)]
    public void Options_Domains_MustBeHostNames(string domain, bool valid)
    {
        var options = new AnalyticsOptions { Domains = [domain] };

        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
    }
}
