using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Geo;
using NkFunctions.Core.Analytics.Ingestion.Plausible;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;
using NkFunctions.Core.Telemetry;

namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>
/// The beacon endpoints' logic: privacy opt-out, content type and size checks, parsing, enrichment (without keeping
/// anything personal), and a write that completes only when the events are stored. Every outcome is counted here,
/// where it is decided (<see cref="NkMetrics"/>); the rate limit counts its own refusals.
/// </summary>
public sealed class BeaconIngestor(
    ContentStore content,
    PlausibleDomains domains,
    UserAgentClassifier classifier,
    CountryDatabase countries,
    VisitorHasher hasher,
    IEventWriter writer,
    ApiResults results,
    IOptions<AnalyticsOptions> options,
    TimeProvider time,
    NkMetrics metrics,
    ILogger<BeaconIngestor> logger)
{
    private readonly AnalyticsOptions _options = options.Value;
    private readonly BeaconParser _parser = new(options.Value.MaxEventsPerRequest);

    // Plausible's answer for a valid event it did not record: 202 and the count of dropped events in this header.
    private static readonly Dictionary<string, string> DroppedHeader = new() { ["x-plausible-dropped"] = "1" };

    /// <summary><c>POST /api/events</c>: our own protocol (docs/beacons.md).</summary>
    public async Task<IResult> IngestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refusal) = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var catalog = content.Catalog;
        var parsed = _parser.Parse(body, slug => catalog.Articles.TryGetValue(slug, out var a) ? a.SectionIds : null);
        return parsed.Beacon is null
            ? Refused(results.BadRequest(parsed.Code, parsed.Error!))
            : await StoreAsync(request, parsed.Beacon.BotSignal, TelemetryNames.TrackerSource, _ => parsed.Beacon, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /api/event</c>: Plausible's Events API, so a site running Plausible's tracker can point it here.</summary>
    public async Task<IResult> IngestPlausibleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refusal) = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var parsed = PlausibleEventParser.Parse(body, content.Catalog, domains);
        if (parsed.Error is not null)
        {
            return Refused(results.BadRequest(parsed.Code!, parsed.Error));
        }

        if (parsed.Event is null)
        {
            // Valid, but not for us (another site's domain, a page that is no article): Plausible answers its own drops
            // 202 with x-plausible-dropped (lib/plausible_web/controllers/api/external_controller.ex), so do we.
            metrics.EventsRejected(parsed.DropReason!, 1);
            return results.Accepted(JsonSerializer.SerializeToUtf8Bytes(new BeaconAccepted(0), AnalyticsJsonContext.Default.BeaconAccepted), DroppedHeader);
        }

        return await StoreAsync(request, null, TelemetryNames.PlausibleSource, parsed.Event.ToBeacon, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(ReadOnlyMemory<byte> Body, IResult? Refusal)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Opted out: nothing is read, nothing is stored. 204 says "done, nothing kept".
        if (PrivacySignals.OptedOut(request))
        {
            metrics.RequestRejected(TelemetryNames.OptedOutReason);
            return (default, results.NoContent());
        }

        if (!IsReadableContentType(request.ContentType))
        {
            return (default, Refused(results.UnsupportedMediaType($"Send the beacon as text/plain or application/json (UTF-8); got '{ProblemText.Shorten(request.ContentType ?? "none")}'.")));
        }

        ReadOnlyMemory<byte>? body;
        try
        {
            body = await BoundedBody.ReadAsync(request, _options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode != StatusCodes.Status413PayloadTooLarge)
        {
            // The server could not read the body as the request framed it (chunked framing that is not, a body shorter
            // than its Content-Length): the client's fault, so a 400 naming it rather than a 500.
            return (default, Refused(results.BadRequest("invalid-body", $"The request body could not be read: {ProblemText.Shorten(ex.Message)}")));
        }
        catch (BadHttpRequestException)
        {
            body = null; // the server's own body limit: the same answer as ours
        }

        return body is null
            ? (default, Refused(results.PayloadTooLarge($"Beacon bodies are limited to {_options.MaxBodyBytes} bytes.")))
            : (body.Value, null);
    }

    private async Task<IResult> StoreAsync(HttpRequest request, string? botSignal, string source, Func<string, Beacon> beaconForVisitor, CancellationToken cancellationToken)
    {
        var userAgent = request.Headers.UserAgent.ToString();
        var traits = classifier.Classify(userAgent, request.Headers["Sec-CH-UA-Mobile"].ToString(), botSignal);

        // The request's own deadline: however slow storage is, the client hears 503 within it instead of hanging.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
        try
        {
            // The address feeds the visitor hash and the country lookup, and nothing else: neither keeps it.
            var address = ClientAddress.From(request);
            var visitor = await hasher.HashAsync(_options.Site, address, userAgent, deadline.Token).ConfigureAwait(false);
            var beacon = beaconForVisitor(visitor);
            var context = new EventEntityFactory.Context(time.GetUtcNow(), visitor, ReferrerHost.FromUrl(beacon.Referrer), ReferrerHost.FromUrl(beacon.Partner), traits)
            {
                Country = countries.CountryOf(address),
            };
            var entities = EventEntityFactory.Create(beacon, context);
            await writer.WriteAsync(entities, deadline.Token).ConfigureAwait(false);
            metrics.BeaconStored(beacon, traits.BotReason is not null, source);
            return Accepted(entities.Count);
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex, cancellationToken))
        {
            IngestionLog.StorageUnavailable(logger, ex, ex.Message);
            return Refused(results.ServiceUnavailable(
                "storage-unavailable",
                "The events could not be stored right now; nothing was kept. Retry the same beacon after the Retry-After delay.",
                TimeSpan.FromSeconds(_options.RetryAfterSeconds)));
        }
    }

    private ProblemResult Refused(ProblemResult problem)
    {
        metrics.RequestRejected(problem.Problem.Code);
        return problem;
    }

    private StatusResult Accepted(int count) =>
        results.Accepted(JsonSerializer.SerializeToUtf8Bytes(new BeaconAccepted(count), AnalyticsJsonContext.Default.BeaconAccepted));

    private static bool IsReadableContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var charsetOk = parsed.Charset.Length == 0 || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        return charsetOk && (parsed.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
    }
}
