using System.Net;
using Microsoft.Playwright;

namespace NkFunctions.BrowserTests.Site;

/// <summary>
/// Visits every page of a site reachable by links from its home page, in the browser, and records what is broken:
/// links to the site that do not answer 200, links elsewhere (the API's feeds) that do not either, fragments with no
/// element of that id on the target page, and images that did not load (<c>naturalWidth</c> 0).
/// </summary>
internal sealed class SiteCrawl
{
    private const int MaxPages = 500; // far more than the test site has: a link loop must not run forever

    private const string PageScript = """
        async () => {
          // Lazy images below the fold would never load in a crawl that does not scroll: load every one, then look.
          const images = Array.from(document.images);
          for (const i of images) { i.loading = 'eager'; }
          await Promise.all(images.map(i => i.decode().catch(() => null)));
          return {
            links: Array.from(document.querySelectorAll('a[href]'), a => a.href),
            ids: Array.from(document.querySelectorAll('[id]'), e => e.id),
            brokenImages: images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.currentSrc || i.src),
          };
        }
        """;

    /// <summary>Pages visited, by final URL (after redirects), without fragment.</summary>
    public HashSet<string> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>Links (with the page they are on) that answered anything but 200.</summary>
    public List<string> Broken { get; } = [];

    /// <summary>Links to a fragment that no element of the target page has as its id.</summary>
    public List<string> MissingFragments { get; } = [];

    /// <summary>Images that did not load, with their page.</summary>
    public List<string> BrokenImages { get; } = [];

    /// <summary>Links outside the site that were fetched (and answered 200 unless listed in <see cref="Broken"/>).</summary>
    public HashSet<string> ApiLinks { get; } = new(StringComparer.Ordinal);

    /// <summary>Crawls <paramref name="origin"/> from <c>/</c> with <paramref name="page"/>.</summary>
    public static async Task<SiteCrawl> RunAsync(IPage page, string origin)
    {
        ArgumentNullException.ThrowIfNull(page);
        var crawl = new SiteCrawl();
        using var client = new HttpClient();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal); // final page URL -> ids on it
        var finalUrl = new Dictionary<string, string>(StringComparer.Ordinal); // requested -> final, for redirects
        var fragments = new List<(string From, string Target, string Fragment)>();
        var queue = new Queue<(string From, string Url)>([("(start)", origin + "/")]);
        var requested = new HashSet<string>(StringComparer.Ordinal) { origin + "/" };
        while (queue.TryDequeue(out var next))
        {
            Assert.True(crawl.Pages.Count < MaxPages, $"more than {MaxPages} pages: a link loop?");
            IResponse? response;
            try
            {
                response = await page.GotoAsync(next.Url);
            }
            catch (PlaywrightException ex)
            {
                // Chromium fails the navigation itself on an error status with an empty body.
                crawl.Broken.Add($"{next.Url} (linked from {next.From}): {ex.Message.Split('\n')[0]}");
                continue;
            }

            if (response?.Status != 200)
            {
                crawl.Broken.Add($"{next.Url} (linked from {next.From}): {response?.Status}");
                continue;
            }

            var here = WithoutFragment(page.Url);
            finalUrl[next.Url] = here;
            finalUrl[here] = here;
            if (!crawl.Pages.Add(here))
            {
                continue;
            }

            var found = await page.EvaluateAsync<PageFindings>(PageScript);
            ids[here] = [.. found.Ids];
            crawl.BrokenImages.AddRange(found.BrokenImages.Select(src => $"{src} on {here}"));
            foreach (var link in found.Links.Distinct(StringComparer.Ordinal))
            {
                var target = WithoutFragment(link);
                var hash = link.Length > target.Length ? Uri.UnescapeDataString(link[(target.Length + 1)..]) : null;
                if (hash is { Length: > 0 })
                {
                    fragments.Add((here, target, hash));
                }

                if (target.StartsWith(origin + "/", StringComparison.Ordinal))
                {
                    if (requested.Add(target))
                    {
                        queue.Enqueue((here, target));
                    }
                }
                else if (crawl.ApiLinks.Add(target))
                {
                    using var answer = await client.GetAsync(new Uri(target));
                    if (answer.StatusCode != HttpStatusCode.OK)
                    {
                        crawl.Broken.Add($"{target} (linked from {here}): {(int)answer.StatusCode}");
                    }
                }
            }
        }

        foreach (var (from, target, fragment) in fragments)
        {
            if (finalUrl.TryGetValue(target, out var final) && ids.TryGetValue(final, out var onTarget) && !onTarget.Contains(fragment))
            {
                crawl.MissingFragments.Add($"#{fragment} on {target} (linked from {from})");
            }
        }

        return crawl;
    }

    private static string WithoutFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url[..hash];
    }

    /// <summary>What <see cref="PageScript"/> returns (settable: Playwright fills it through a parameterless constructor).</summary>
    private sealed class PageFindings
    {
        public string[] Links { get; set; } = [];

        public string[] Ids { get; set; } = [];

        public string[] BrokenImages { get; set; } = [];
    }
}
