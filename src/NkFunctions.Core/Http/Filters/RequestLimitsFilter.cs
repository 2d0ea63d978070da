using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Http.Filters;

/// <summary>
/// Refuses requests whose query string or headers are over <see cref="RequestLimitsOptions"/>, for every function,
/// before the function parses anything: 414 or 431 problem+json. Bodies are limited by the endpoints that read one.
/// </summary>
public sealed class RequestLimitsFilter(IOptions<RequestLimitsOptions> options, ApiResults results) : IRequestFilter
{
    private readonly RequestLimitsOptions _limits = options.Value;

    /// <inheritdoc />
    public IResult? Check(string functionName, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;

        // QueryString.Value includes the leading '?'.
        var queryLength = Math.Max(0, (request.QueryString.Value?.Length ?? 0) - 1);
        if (queryLength > _limits.MaxQueryLength)
        {
            return results.QueryTooLong(string.Create(CultureInfo.InvariantCulture, $"The query string has {queryLength} characters; at most {_limits.MaxQueryLength} are accepted."));
        }

        if (queryLength > 0 && request.Query.Count > _limits.MaxQueryParameters)
        {
            return results.QueryTooLong(string.Create(CultureInfo.InvariantCulture, $"The query string has {request.Query.Count} parameters; at most {_limits.MaxQueryParameters} are accepted."));
        }

        var headerBytes = 0L;
        foreach (var (name, values) in request.Headers)
        {
            headerBytes += name.Length;
            foreach (var value in values)
            {
                headerBytes += value?.Length ?? 0;
            }
        }

        return headerBytes > _limits.MaxHeaderBytes
            ? results.HeadersTooLarge(string.Create(CultureInfo.InvariantCulture, $"The header fields hold {headerBytes} bytes; at most {_limits.MaxHeaderBytes} are accepted."))
            : null;
    }
}
