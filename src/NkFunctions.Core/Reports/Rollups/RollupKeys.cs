using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Rollups;

/// <summary>
/// Where rollups live. One partition per scope (an article's slug, or <c>_all</c>), rows keyed so that each report
/// reads one contiguous RowKey range: totals <c>t_{day}</c>, sections <c>s_{day}_{section}</c>, breakdowns
/// <c>d_{dimension}_{day}_{value}</c>, and in <c>_all</c> each article's totals <c>a_{day}_{slug}</c> (top articles). A day is rolled up once its marker (partition <c>_days</c>, row
/// <c>{day}</c>) exists; the marker is written last, so a half-written day is simply rolled up again.
/// </summary>
public static class RollupKeys
{
    /// <summary>The rollup table.</summary>
    public const string TableName = "rollups";

    /// <summary>The partition of day markers.</summary>
    public const string MarkerPartition = "_days";

    /// <summary>The marker row of a day.</summary>
    public static string Marker(DateOnly day) => Day(day);

    /// <summary>The totals row of a day.</summary>
    public static string Totals(DateOnly day) => "t_" + Day(day);

    /// <summary>A section's row of a day.</summary>
    public static string Section(DateOnly day, string sectionId) => SectionPrefix(day) + Encode(sectionId);

    /// <summary>A breakdown value's row of a day.</summary>
    public static string Breakdown(Dimension dimension, DateOnly day, string value) => BreakdownPrefix(dimension, day) + Encode(value);

    /// <summary>An article's totals row of a day, in the all-articles partition.</summary>
    public static string Article(DateOnly day, string slug) => ArticlePrefix(day) + Encode(slug);

    /// <summary>Start of the article totals rows of a day.</summary>
    public static string ArticlePrefix(DateOnly day) => "a_" + Day(day) + "_";

    /// <summary>Start of the totals range of a day (inclusive).</summary>
    public static string TotalsPrefix(DateOnly day) => Totals(day);

    /// <summary>Start of the section rows of a day.</summary>
    public static string SectionPrefix(DateOnly day) => "s_" + Day(day) + "_";

    /// <summary>Start of a dimension's rows of a day.</summary>
    public static string BreakdownPrefix(Dimension dimension, DateOnly day) => DimensionPrefix(dimension) + Day(day) + "_";

    /// <summary>Start of every row of a dimension.</summary>
    public static string DimensionPrefix(Dimension dimension) => DimensionPrefixes[(int)dimension];

    // Built once: every breakdown row read is matched against these.
    private static readonly string[] DimensionPrefixes = [.. DimensionNames.All.Select(d => "d_" + DimensionNames.NameOf(d) + "_")];

    /// <summary>The day of a marker row key.</summary>
    public static DateOnly ParseMarker(string rowKey) => DateOnly.ParseExact(rowKey, "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Values come from clients (utm_campaign may hold anything), and RowKeys forbid <c>/ \ # ?</c> and control
    /// characters: base64url keeps any value safe. The readable value is stored in a property beside it.
    /// </summary>
    internal static string Encode(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return Base64Url.EncodeToString(bytes);
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
