using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Http;
using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Queries;

/// <summary>
/// Reads and validates a report's query string. Every rejection names the parameter and what it accepts; nothing
/// from the query reaches storage unvalidated (slugs must be published articles, dates are parsed, <c>by</c> is an
/// enum), which also keeps query filters free of injected OData.
/// </summary>
public sealed class StatsQueryParser(ReportOptions options, ReportCalendar calendar, Func<string, bool> articleExists)
{
    /// <summary>Largest breakdown <c>limit</c>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// The earliest date a report may cover: no events predate it, and refusing older dates keeps date arithmetic (the
    /// default <c>from</c>, day loops) far from <see cref="DateOnly.MinValue"/>.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    private static readonly string[] Offered = ["application/json", "text/csv"];

    /// <summary>The report the query asks for.</summary>
    public enum Report
    {
        /// <summary>Headline figures.</summary>
        Summary,

        /// <summary>Figures per interval.</summary>
        Timeseries,

        /// <summary>The section funnel.</summary>
        Sections,

        /// <summary>Page views by a dimension.</summary>
        Breakdown,
    }

    /// <summary>The 400 for a parameter given more than once (which value was meant is a guess), or null.</summary>
    public static QueryError? Duplicate(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (name, values) in query)
        {
            if (values.Count > 1)
            {
                return new QueryError(StatusCodes.Status400BadRequest, "duplicate-parameter", $"The {ProblemText.Shorten(name)} parameter is given {values.Count} times; give it once.");
            }
        }

        return null;
    }

    /// <summary>The query, or the error to answer with (status 400, 404 or 406).</summary>
    public (StatsQuery? Query, QueryError? Error) Parse(HttpRequest request, Report report)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        if (Duplicate(query) is { } duplicate)
        {
            return (null, duplicate);
        }

        var format = ParseFormat(query["format"], request.Headers.Accept, out var error);
        if (error is not null)
        {
            return (null, error);
        }

        var article = Text(query["article"]);
        if (article is null && report == Report.Sections)
        {
            return Fail("article-required", "The sections report is per article: give article=<slug>.");
        }

        if (article is not null && !articleExists(article))
        {
            return (null, new QueryError(StatusCodes.Status404NotFound, "article-not-found", $"No published article has the slug '{ProblemText.Shorten(article)}'."));
        }

        if (!TryDate(query, "to", calendar.Today, out var to, out error))
        {
            return (null, error);
        }

        if (to < EarliestDate)
        {
            return Fail("invalid-range", $"to ({to:yyyy-MM-dd}) is before {EarliestDate:yyyy-MM-dd}, the earliest date reports cover.");
        }

        if (!TryDate(query, "from", Max(EarliestDate, to.AddDays(1 - options.DefaultRangeDays)), out var from, out error))
        {
            return (null, error);
        }

        if (from < EarliestDate)
        {
            return Fail("invalid-range", $"from ({from:yyyy-MM-dd}) is before {EarliestDate:yyyy-MM-dd}, the earliest date reports cover.");
        }

        if (from > to)
        {
            return Fail("invalid-range", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        if (to > calendar.Today)
        {
            return Fail("invalid-range", $"to ({to:yyyy-MM-dd}) is in the future; today is {calendar.Today:yyyy-MM-dd} (UTC).");
        }

        var days = to.DayNumber - from.DayNumber + 1;
        if (days > options.MaxRangeDays)
        {
            return Fail("range-too-long", string.Create(CultureInfo.InvariantCulture, $"The range covers {days} days; at most {options.MaxRangeDays} are allowed."));
        }

        var compare = Comparison.None;
        if (Text(query["compare"]) is { } compareText)
        {
            if (report is not (Report.Summary or Report.Timeseries))
            {
                return Fail("invalid-compare", "compare is only for the summary and timeseries reports.");
            }

            compare = compareText switch
            {
                "previous_period" => Comparison.PreviousPeriod,
                "year_over_year" => Comparison.YearOverYear,
                _ => Comparison.None,
            };
            if (compare == Comparison.None)
            {
                return Fail("invalid-compare", $"The compare parameter must be previous_period or year_over_year (got '{ProblemText.Shorten(compareText)}').");
            }
        }

        var (filters, filterError) = ParseFilters(Text(query["filters"]));
        if (filterError is not null)
        {
            return (null, filterError);
        }

        // article==slug alone is the article parameter: rollups serve it. Every other filter reads raw events.
        if (filters is [{ Dimension: Dimension.Article, Op: FilterOp.Is } only] && (article is null || article == only.Value) && articleExists(only.Value))
        {
            (article, filters) = (only.Value, null);
        }

        var result = new StatsQuery(article, from, to, format, Compare: compare, Filters: filters);
        if (result.Previous is { } previous && previous.From < EarliestDate)
        {
            return Fail("invalid-compare", $"The compared period would start on {previous.From:yyyy-MM-dd}, before {EarliestDate:yyyy-MM-dd}, the earliest date reports cover.");
        }

        return report switch
        {
            Report.Timeseries => WithInterval(result, query["interval"]),
            Report.Breakdown => WithBreakdown(result, query),
            _ => (result, null),
        };
    }

    /// <summary>Most filters in one query.</summary>
    public const int MaxFilters = 10;

    // filters=referrer==news.example;device!=mobile;utm_campaign~sale (Plausible's v1 filter syntax, with our names).
    private static (IReadOnlyList<ReportFilter>? Filters, QueryError? Error) ParseFilters(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }

        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > MaxFilters)
        {
            return (null, FilterError($"At most {MaxFilters} filters are allowed (got {parts.Length})."));
        }

        var filters = new List<ReportFilter>(parts.Length);
        foreach (var part in parts)
        {
            var at = part.IndexOfAny(['=', '!', '~']);
            var (op, length) = at < 0 ? ((FilterOp?)null, 0)
                : part.AsSpan(at).StartsWith("==") ? (FilterOp.Is, 2)
                : part.AsSpan(at).StartsWith("!=") ? (FilterOp.IsNot, 2)
                : part[at] == '~' ? (FilterOp.Contains, 1)
                : ((FilterOp?)null, 0);
            if (op is null)
            {
                return (null, FilterError($"The filter '{ProblemText.Shorten(part)}' is not dimension==value, dimension!=value or dimension~value."));
            }

            var name = part[..at].Trim();
            var value = part[(at + length)..].Trim();
            if (!DimensionNames.TryParse(name, out var dimension))
            {
                return (null, FilterError($"The filter '{ProblemText.Shorten(part)}' names no dimension; filter by one of {string.Join(", ", DimensionNames.All.Select(DimensionNames.NameOf))}."));
            }

            if (value.Length is 0 or > 200)
            {
                return (null, FilterError($"The filter '{ProblemText.Shorten(part)}' needs a value of 1 to 200 characters."));
            }

            filters.Add(new ReportFilter(dimension, op.Value, value));
        }

        return (filters, null);
    }

    private static QueryError FilterError(string detail) => new(StatusCodes.Status400BadRequest, "invalid-filter", detail);

    /// <summary>
    /// The format a report is asked in (<c>format=json|csv</c>, else the Accept header), for reports with no other
    /// parameters to parse (realtime); 400 <c>invalid-format</c> or 406 as for the others.
    /// </summary>
    public static (ReportFormat Format, QueryError? Error) Format(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = ParseFormat(request.Query["format"], request.Headers.Accept, out var error);
        return (format, error);
    }

    private static ReportFormat ParseFormat(StringValues format, StringValues accept, out QueryError? error)
    {
        error = null;
        switch (Text(format))
        {
            case "json":
                return ReportFormat.Json;
            case "csv":
                return ReportFormat.Csv;
            case null:
                break;
            default:
                error = new QueryError(StatusCodes.Status400BadRequest, "invalid-format", $"The format parameter must be json or csv (got '{ProblemText.Shorten(format.ToString())}').");
                return ReportFormat.Json;
        }

        var chosen = ContentNegotiation.Choose(accept, Offered);
        if (chosen < 0)
        {
            error = new QueryError(StatusCodes.Status406NotAcceptable, "not-acceptable", "The Accept header allows neither application/json nor text/csv.");
        }

        return chosen == 1 ? ReportFormat.Csv : ReportFormat.Json;
    }

    private static (StatsQuery?, QueryError?) WithInterval(StatsQuery query, StringValues value) =>
        Text(value) switch
        {
            null or "day" => (query, null),
            "week" => (query with { Interval = Interval.Week }, null),
            "month" => (query with { Interval = Interval.Month }, null),
            _ => Fail("invalid-interval", $"The interval parameter must be day, week or month (got '{ProblemText.Shorten(value.ToString())}')."),
        };

    private static (StatsQuery?, QueryError?) WithBreakdown(StatsQuery query, IQueryCollection parameters)
    {
        var by = parameters["by"];
        var limit = parameters["limit"];
        if (!DimensionNames.TryParse(Text(by), out var dimension))
        {
            var names = string.Join(", ", DimensionNames.All.Select(DimensionNames.NameOf));
            return Text(by) is null
                ? Fail("invalid-breakdown", $"The by parameter is required: one of {names}.")
                : Fail("invalid-breakdown", $"The by parameter must be one of {names} (got '{ProblemText.Shorten(by.ToString())}').");
        }

        var rows = 10;
        if (Text(limit) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out rows) || rows is < 1 or > MaxLimit))
        {
            return Fail("invalid-limit", string.Create(CultureInfo.InvariantCulture, $"The limit parameter must be a whole number from 1 to {MaxLimit} (got '{ProblemText.Shorten(text)}')."));
        }

        var sorts = dimension == Dimension.Article ? ArticleSorts : CountSorts;
        var sort = BreakdownSort.Pageviews;
        if (Text(parameters["sort"]) is { } sortText && !sorts.TryGetValue(sortText, out sort))
        {
            return Fail("invalid-sort", $"For by={DimensionNames.NameOf(dimension)} the sort parameter must be one of {string.Join(", ", sorts.Keys)} (got '{ProblemText.Shorten(sortText)}').");
        }

        var ascending = Text(parameters["order"]) switch
        {
            null or "desc" => false,
            "asc" => true,
            _ => (bool?)null,
        };
        if (ascending is null)
        {
            return Fail("invalid-order", $"The order parameter must be desc or asc (got '{ProblemText.Shorten(parameters["order"].ToString())}').");
        }

        return (query with { Dimension = dimension, Limit = rows, Sort = sort, Ascending = ascending.Value }, null);
    }

    // The sort names are the rows' JSON field names.
    private static readonly IReadOnlyDictionary<string, BreakdownSort> CountSorts = new Dictionary<string, BreakdownSort>(StringComparer.Ordinal)
    {
        ["pageviews"] = BreakdownSort.Pageviews,
        ["visitors"] = BreakdownSort.Visitors,
    };

    private static readonly IReadOnlyDictionary<string, BreakdownSort> ArticleSorts = new Dictionary<string, BreakdownSort>(StringComparer.Ordinal)
    {
        ["pageviews"] = BreakdownSort.Pageviews,
        ["visitors"] = BreakdownSort.Visitors,
        ["reads"] = BreakdownSort.Reads,
        ["readRatio"] = BreakdownSort.ReadRatio,
        ["medianEngagedSeconds"] = BreakdownSort.MedianEngagedSeconds,
        ["avgScrollDepth"] = BreakdownSort.AvgScrollDepth,
    };

    private static bool TryDate(IQueryCollection query, string name, DateOnly fallback, out DateOnly date, out QueryError? error)
    {
        error = null;
        if (Text(query[name]) is not { } text)
        {
            date = fallback;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        error = new QueryError(StatusCodes.Status400BadRequest, "invalid-date", $"The {name} parameter must be a UTC date as yyyy-MM-dd (got '{ProblemText.Shorten(text)}').");
        return false;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string? Text(StringValues values) => values.Count == 0 || string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();

    private static (StatsQuery?, QueryError?) Fail(string code, string detail) => (null, new QueryError(StatusCodes.Status400BadRequest, code, detail));
}

/// <summary>Why a report query was refused.</summary>
/// <param name="Status">400, 404 or 406.</param>
/// <param name="Code">The problem's stable code.</param>
/// <param name="Detail">What was wrong, for a person.</param>
public sealed record QueryError(int Status, string Code, string Detail);
