using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Analytics.Throttling;

/// <summary>
/// The beacon endpoints' rate limit per anonymous client (configuration section <c>Analytics:RateLimit</c>): a token
/// bucket per client network. Generous by default: one reader's tracker sends a beacon every few seconds at most, so
/// these only bite a script flooding the endpoint (or hundreds of readers behind one address, which still get through
/// at the sustained rate).
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Analytics:RateLimit";

    /// <summary>Off only for benchmarks that send everything from one loopback address.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Sustained beacons per second per client: the bucket refills continuously at this rate (the partitioned limiter
    /// tops every client's bucket up pro rata every 100 ms; there is no "whole refill every period"). Below 1 for a
    /// bucket that must not refill within a test: 0.001 gives one token back every 1,000 s.
    /// </summary>
    [Range(0.001, 100_000)]
    public double PermitsPerSecond { get; set; } = 20;

    /// <summary>Beacons a client may send at once after being quiet (the bucket's size).</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 200;

    /// <summary>
    /// How many proxies in front of the app append the address they saw to <c>X-Forwarded-For</c>: the client is that
    /// many entries from the right. 1 for Azure Functions (its front end appends the caller); 0 to use the connection's
    /// peer address (a host exposed directly). Entries further left were written by the client and are ignored, so a
    /// client cannot pick its own bucket by sending the header.
    /// </summary>
    [Range(0, 8)]
    public int TrustedProxyHops { get; set; } = 1;
}
