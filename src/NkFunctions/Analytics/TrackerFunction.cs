using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Analytics.Tracker;
using NkFunctions.Core.Http;

namespace NkFunctions.Analytics;

/// <summary>Serves the reading-analytics tracker that pages include with a script tag.</summary>
public sealed class TrackerFunction(TrackerScript script, ApiResults results)
{
    /// <summary>The tracker script (JavaScript), cacheable like content.</summary>
    [Function(nameof(GetTracker))]
    public IResult GetTracker(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "nk.js")] HttpRequest request) =>
        results.Content(script.Representation, negotiated: false);
}
