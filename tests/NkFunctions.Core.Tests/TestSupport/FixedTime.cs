namespace NkFunctions.Core.Tests.TestSupport;

/// <summary>A clock stopped at one instant, for checks that depend on "today".</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
