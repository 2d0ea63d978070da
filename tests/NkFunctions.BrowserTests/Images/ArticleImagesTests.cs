using System.Text.Json;
using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Content.Images;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Images;

/// <summary>
/// An article with images in the demo reader, in Chromium: every image the section HTML names loads from
/// <c>/api/images</c>, and its box is reserved from the width/height attributes before a byte arrives, so the page does
/// not shift when the image comes in.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ArticleImagesTests(BrowserFixture browser)
{
    private const string ImagesState = """
        () => [...document.querySelectorAll('section[data-section] img')].map(i => ({
          src: i.getAttribute('src'), currentSrc: i.currentSrc, complete: i.complete,
          naturalWidth: i.naturalWidth, naturalHeight: i.naturalHeight,
          width: i.getAttribute('width'), height: i.getAttribute('height'),
          boxWidth: i.getBoundingClientRect().width, boxHeight: i.getBoundingClientRect().height }))
        """;

    [Fact]
    public async Task Reader_SectionImages_LoadFromTheApiAtTheirIntrinsicAspectRatio()
    {
        await using var host = await StartHostAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var imageStatuses = new List<int>();
        page.Response += (_, r) =>
        {
            if (r.Url.Contains("/api/images/", StringComparison.Ordinal))
            {
                lock (imageStatuses)
                {
                    imageStatuses.Add(r.Status);
                }
            }
        };

        await OpenAsync(page, host);
        foreach (var image in await page.Locator("section[data-section] img").AllAsync())
        {
            await image.ScrollIntoViewIfNeededAsync(); // loading="lazy": an image loads when it nears the viewport
        }

        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('section[data-section] img')].every(i => i.complete && i.naturalWidth > 0)", null, new() { Timeout = 10_000 });

        var images = await StateAsync(page);
        Assert.Equal(3, images.Count);
        Assert.All(images, i =>
        {
            Assert.StartsWith("/api/images/", i.GetProperty("src").GetString(), StringComparison.Ordinal);
            Assert.Contains("/api/images/", i.GetProperty("currentSrc").GetString(), StringComparison.Ordinal);
            Assert.True(i.GetProperty("naturalWidth").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(i.GetProperty("width").GetString()), "every img carries width");
            Assert.False(string.IsNullOrEmpty(i.GetProperty("height").GetString()), "every img carries height");
            var natural = i.GetProperty("naturalWidth").GetDouble() / i.GetProperty("naturalHeight").GetDouble();
            Assert.Equal(natural, i.GetProperty("boxWidth").GetDouble() / i.GetProperty("boxHeight").GetDouble(), 1);
        });
        lock (imageStatuses)
        {
            Assert.NotEmpty(imageStatuses);
            Assert.All(imageStatuses, s => Assert.Equal(200, s));
        }
    }

    [Fact]
    public async Task Reader_ImagesNotYetLoaded_AlreadyHaveTheirBox()
    {
        await using var host = await StartHostAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // Image requests are held (not failed: a broken image is laid out by its alt text instead): whatever box an
        // img has meanwhile is what its width/height attributes reserved.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/api/images/**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await OpenAsync(page, host);
        List<JsonElement> images;
        try
        {
            images = await StateAsync(page);
        }
        finally
        {
            release.SetResult();
        }

        Assert.Equal(3, images.Count);
        Assert.All(images, i =>
        {
            Assert.Equal(0, i.GetProperty("naturalWidth").GetInt32());
            var declared = double.Parse(i.GetProperty("width").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                / double.Parse(i.GetProperty("height").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(i.GetProperty("boxHeight").GetDouble() > 0, "the box is reserved before the image loads");
            Assert.Equal(declared, i.GetProperty("boxWidth").GetDouble() / i.GetProperty("boxHeight").GetDouble(), 1);
        });
    }

    private static async Task<LocalHostServer> StartHostAsync()
    {
        var root = RepoPaths.CopyContentToTemp();
        IllustratedContent.WriteTo(root);
        return await LocalHostServer.StartAsync(root, $"--Reader:Root={Path.Combine(RepoPaths.Root, "samples", "reader")}");
    }

    private static async Task OpenAsync(IPage page, LocalHostServer host)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, $"/reader/?article={IllustratedContent.Slug}").ToString());
        await page.Locator("section[data-section]").Nth(1).WaitForAsync(new() { Timeout = 10_000 });
    }

    private static async Task<List<JsonElement>> StateAsync(IPage page) =>
        [.. (await page.EvaluateAsync<JsonElement>(ImagesState)).EnumerateArray()];
}
