namespace NkFunctions.Core.Reports.Model;

/// <summary>What a breakdown report groups page views by.</summary>
public enum Dimension
{
    /// <summary>Referrer host; direct visits under <see cref="DimensionNames.None"/>.</summary>
    Referrer,

    /// <summary>Host of the page embedding the article.</summary>
    Partner,

    /// <summary>mobile, tablet or desktop.</summary>
    Device,

    /// <summary>Browser family.</summary>
    Browser,

    /// <summary>Operating-system family (Windows, macOS, iOS, Android, ChromeOS, Linux, Other).</summary>
    Os,

    /// <summary>Country (ISO 3166-1 alpha-2, upper case) of the client's address, looked up at ingest; the address is never stored.</summary>
    Country,

    /// <summary>utm_source.</summary>
    UtmSource,

    /// <summary>utm_medium.</summary>
    UtmMedium,

    /// <summary>utm_campaign.</summary>
    UtmCampaign,

    /// <summary>
    /// Custom event (goal) name. Counts events, not page views: a page view may convert several times. Values come
    /// from the page views' <see cref="PageViewFacts.Goals"/>, not from a per-page-view column.
    /// </summary>
    Goal,

    /// <summary>A custom event's property, as <c>{goal} | {key}={value}</c>; counts events like <see cref="Goal"/>.</summary>
    Prop,

    /// <summary>
    /// The article (top articles). Its rows carry every headline figure per article, not just counts: they come from
    /// <see cref="DayAggregate.Articles"/> of the all-articles scope, not from <see cref="DayAggregate.Dimensions"/>.
    /// </summary>
    Article,
}
