using System.Globalization;
using System.Text;

namespace NkFunctions.Core.Reports.Model;

/// <summary>
/// Counts of engaged time in whole seconds (0 to 1,800: the 30-minute cap). Exact at one-second resolution, small
/// (at most 1,801 buckets), and mergeable: the median over many days is the median of the summed histograms, so a
/// report read from daily rollups equals the same report computed from raw events.
/// </summary>
public sealed class EngagedHistogram
{
    /// <summary>The largest bucket: engaged time is capped at 30 minutes.</summary>
    public const int MaxSeconds = 1800;

    private readonly SortedDictionary<int, long> _counts = [];

    /// <summary>How many values were added.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one page view's engaged milliseconds (floored to seconds, clamped to the cap).</summary>
    public void AddMilliseconds(long milliseconds) => Add((int)Math.Clamp(milliseconds / 1000, 0, MaxSeconds), 1);

    /// <summary>Adds every bucket of <paramref name="other"/>.</summary>
    public void Merge(EngagedHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (seconds, count) in other._counts)
        {
            Add(seconds, count);
        }
    }

    /// <summary>The median in seconds (the mean of the two middle values for an even count); 0 when empty.</summary>
    public double Median()
    {
        if (Count == 0)
        {
            return 0;
        }

        // Zero-based ranks of the two middle values (equal for an odd count).
        var lower = (Count - 1) / 2;
        var upper = Count / 2;
        int? lowerValue = null;
        long seen = 0;
        foreach (var (seconds, count) in _counts)
        {
            seen += count;
            if (lowerValue is null && seen > lower)
            {
                lowerValue = seconds;
            }

            if (seen > upper)
            {
                return (lowerValue!.Value + seconds) / 2.0;
            }
        }

        return lowerValue ?? 0;
    }

    /// <summary>Compact text form for a table property: <c>seconds:count</c> pairs joined by commas, ascending.</summary>
    public string Serialize()
    {
        var text = new StringBuilder(_counts.Count * 8);
        foreach (var (seconds, count) in _counts)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(CultureInfo.InvariantCulture, $"{seconds}:{count}");
        }

        return text.ToString();
    }

    /// <summary>Reads <see cref="Serialize"/>'s form; malformed pairs are a corrupt rollup and throw.</summary>
    public static EngagedHistogram Parse(string? text)
    {
        var histogram = new EngagedHistogram();
        if (string.IsNullOrEmpty(text))
        {
            return histogram;
        }

        foreach (var pair in text.Split(','))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0
                || !int.TryParse(pair.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || !long.TryParse(pair.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || seconds > MaxSeconds)
            {
                throw new FormatException($"Malformed engaged-time histogram bucket '{pair}'.");
            }

            histogram.Add(seconds, count);
        }

        return histogram;
    }

    private void Add(int seconds, long count)
    {
        _counts[seconds] = _counts.TryGetValue(seconds, out var existing) ? existing + count : count;
        Count += count;
    }
}
