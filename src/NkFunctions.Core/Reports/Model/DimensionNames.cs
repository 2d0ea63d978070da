using System.Collections.Frozen;

namespace NkFunctions.Core.Reports.Model;

/// <summary>The wire names of <see cref="Dimension"/> (the <c>by</c> parameter and rollup row keys).</summary>
public static class DimensionNames
{
    /// <summary>The value page views without one are counted under.</summary>
    public const string None = "(none)";

    /// <summary>Every dimension, in the order the API documents them.</summary>
    public static IReadOnlyList<Dimension> All { get; } = Enum.GetValues<Dimension>();

    /// <summary>The dimensions with one value per page view (from its page-view event); the others count custom events.</summary>
    /// <remarks><see cref="Dimension.Article"/> is one value per page view too, but kept as whole per-article totals.</remarks>
    public static IReadOnlyList<Dimension> PerPageView { get; } = [.. All.Where(d => d is not (Dimension.Goal or Dimension.Prop or Dimension.Article))];

    /// <summary>The value a custom event's property is counted under in <see cref="Dimension.Prop"/>.</summary>
    public static string PropValue(string goal, string key, string value) => goal + " | " + key + "=" + value;

    /// <summary>Whether the dimension's rows are conversions (goals and their properties), reported with a conversion rate.</summary>
    public static bool IsConversion(Dimension dimension) => dimension is Dimension.Goal or Dimension.Prop;

    private static readonly FrozenDictionary<string, Dimension> ByName = All.ToFrozenDictionary(NameOf, StringComparer.Ordinal);

    /// <summary>The wire name, e.g. <c>utm_source</c>.</summary>
    public static string NameOf(Dimension dimension) => dimension switch
    {
        Dimension.Referrer => "referrer",
        Dimension.Partner => "partner",
        Dimension.Device => "device",
        Dimension.Browser => "browser",
        Dimension.Os => "os",
        Dimension.Country => "country",
        Dimension.UtmSource => "utm_source",
        Dimension.UtmMedium => "utm_medium",
        Dimension.UtmCampaign => "utm_campaign",
        Dimension.Goal => "goal",
        Dimension.Prop => "prop",
        Dimension.Article => "article",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>Parses a wire name (exact, lowercase).</summary>
    public static bool TryParse(string? name, out Dimension dimension) => ByName.TryGetValue(name ?? string.Empty, out dimension);
}
