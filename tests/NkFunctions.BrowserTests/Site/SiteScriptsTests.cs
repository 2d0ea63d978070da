using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Site;

/// <summary>
/// The sample site's own unit tests (samples/site/test, Node's built-in test runner): the site's handling of
/// pagination headers, covers, <c>seo</c> and <c>jsonLd</c>, including the fields the API on this branch does not
/// give yet, so that the site is checked against the contract and not only against what the local host serves today.
/// </summary>
public sealed class SiteScriptsTests
{
    [Fact]
    public async Task NodeTests_OfTheSitesDataAndHeadFunctions_Pass()
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add(Path.Combine("samples", "site", "test", "site.test.js"));

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        var report = await output;
        Assert.True(process.ExitCode == 0, $"node --test failed:\n{report}\n{await errors}");
        var passed = Regex.Match(report, @"^# pass (\d+)$", RegexOptions.Multiline);
        Assert.True(passed.Success && int.Parse(passed.Groups[1].Value, CultureInfo.InvariantCulture) > 0, $"no test ran:\n{report}");
        Assert.Contains("# fail 0", report, StringComparison.Ordinal);
    }
}
