using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Http.Filters;

/// <summary>Every registered <see cref="IRequestFilter"/>, in registration order; the first refusal wins.</summary>
public sealed class RequestFilters(IEnumerable<IRequestFilter> filters)
{
    private readonly IRequestFilter[] _filters = [.. filters];

    /// <summary>Null when every filter lets the request through, else the first filter's answer.</summary>
    public IResult? Check(string functionName, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var filter in _filters)
        {
            if (filter.Check(functionName, context) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
