using Microsoft.Playwright;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>A reader going through an article: wheel scrolling section by section, pausing on each with a restless mouse.</summary>
internal static class Reading
{
    /// <summary>
    /// Brings each section's top to the top of the viewport with the mouse wheel and stays on it for
    /// <paramref name="dwell"/>, then scrolls to the very end and stays there too.
    /// </summary>
    public static async Task ReadThroughAsync(IPage page, IReadOnlyList<string> sectionIds, TimeSpan dwell)
    {
        await page.BringToFrontAsync();
        await page.Mouse.MoveAsync(640, 360);
        foreach (var id in sectionIds)
        {
            var top = await page.EvaluateAsync<double>("id => document.querySelector(`[data-section=\"${id}\"]`).getBoundingClientRect().top", id);
            await WheelAsync(page, top - 8);
            await DwellAsync(page, dwell);
        }

        await WheelAsync(page, await page.EvaluateAsync<double>("document.documentElement.scrollHeight"));
        await DwellAsync(page, dwell);
    }

    /// <summary>Scrolls by <paramref name="distance"/> pixels in wheel notches, then waits until the scroll position settles.</summary>
    public static async Task WheelAsync(IPage page, double distance)
    {
        const double Notch = 120;
        for (var left = distance; Math.Abs(left) > 1; left -= Math.Sign(left) * Math.Min(Notch, Math.Abs(left)))
        {
            await page.Mouse.WheelAsync(0, (float)(Math.Sign(left) * Math.Min(Notch, Math.Abs(left))));
            await Task.Delay(16);
        }

        // Wheel scrolling may be animated: wait for two equal readings a frame apart (bounded).
        var last = double.NaN;
        await Eventually.GetAsync(
            async () =>
            {
                var y = await page.EvaluateAsync<double>("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(scrollY))))");
                var settled = y == last;
                last = y;
                return settled ? (object)true : null;
            },
            TimeSpan.FromSeconds(5),
            () => "the scroll position to settle");
    }

    /// <summary>Stays for <paramref name="dwell"/> (a reading pause), nudging the mouse as readers do, so the time counts as engaged.</summary>
    public static async Task DwellAsync(IPage page, TimeSpan dwell)
    {
        var until = DateTime.UtcNow + dwell;
        var step = 0;
        while (DateTime.UtcNow < until)
        {
            await page.Mouse.MoveAsync(640 + (step++ % 2 * 12), 360);
            await Task.Delay(250);
        }
    }
}
