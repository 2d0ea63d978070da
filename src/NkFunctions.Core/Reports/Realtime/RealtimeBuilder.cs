namespace NkFunctions.Core.Reports.Realtime;

/// <summary>Folds the last half hour's events into a <see cref="RealtimeReport"/>. Pure: the clock comes in.</summary>
public static class RealtimeBuilder
{
    /// <summary>The per-minute chart's span.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>"Now" for visitors, articles and sections, as Plausible, Umami and GA count current visitors.</summary>
    public static readonly TimeSpan ActiveWindow = TimeSpan.FromMinutes(5);

    /// <summary>Rows per list.</summary>
    public const int TopRows = 10;

    /// <summary>Builds the report at <paramref name="now"/>.</summary>
    /// <param name="article">The slug the events were read for, or null for all.</param>
    /// <param name="now">The report's time.</param>
    /// <param name="events">Non-bot events, any order; those outside the window are ignored.</param>
    /// <param name="titles">Article title by slug, and section heading by (slug, section id), for display.</param>
    public static RealtimeReport Build(string? article, DateTimeOffset now, IEnumerable<RealtimeEvent> events, RealtimeTitles titles)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(titles);
        var currentMinute = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var firstMinute = currentMinute - Window + TimeSpan.FromMinutes(1);
        var activeSince = now - ActiveWindow;

        var perMinute = new long[(int)Window.TotalMinutes];
        var visitors = new HashSet<string>(StringComparer.Ordinal);
        var articleVisitors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var latestSection = new Dictionary<(string Article, string PageView), (DateTimeOffset At, string Section)>();
        foreach (var e in events)
        {
            if (e.OccurredAt > now)
            {
                continue; // a clock step between instances: not yet "now"
            }

            if (e.IsPageView && e.OccurredAt >= firstMinute)
            {
                perMinute[(int)((e.OccurredAt - firstMinute).Ticks / TimeSpan.TicksPerMinute)]++;
            }

            if (e.OccurredAt < activeSince)
            {
                continue;
            }

            // Visitors are hashes, so one reader on one page view still counts once; a page view without a
            // hash (none today) would count as its own visitor.
            var visitor = e.Visitor ?? "pv:" + e.PageView;
            visitors.Add(visitor);
            if (!articleVisitors.TryGetValue(e.Article, out var readers))
            {
                articleVisitors[e.Article] = readers = new HashSet<string>(StringComparer.Ordinal);
            }

            readers.Add(visitor);
            if (e.Section is { } section
                && (!latestSection.TryGetValue((e.Article, e.PageView), out var latest) || e.OccurredAt >= latest.At))
            {
                latestSection[(e.Article, e.PageView)] = (e.OccurredAt, section);
            }
        }

        var minutes = perMinute.Select((count, i) => new MinuteCount(firstMinute.AddMinutes(i), count)).ToList();
        var topArticles = articleVisitors
            .Select(kv => new ActiveArticle(kv.Key, titles.Article(kv.Key), kv.Value.Count))
            .OrderByDescending(a => a.Visitors)
            .ThenBy(a => a.Article, StringComparer.Ordinal)
            .Take(TopRows)
            .ToList();
        var topSections = latestSection
            .GroupBy(kv => (kv.Key.Article, kv.Value.Section))
            .Select(g => new ActiveSection(g.Key.Article, g.Key.Section, titles.Section(g.Key.Article, g.Key.Section), g.LongCount()))
            .OrderByDescending(s => s.Readers)
            .ThenBy(s => s.Article, StringComparer.Ordinal)
            .ThenBy(s => s.SectionId, StringComparer.Ordinal)
            .Take(TopRows)
            .ToList();
        var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new RealtimeReport(article, at, visitors.Count, minutes, topArticles, topSections);
    }
}
