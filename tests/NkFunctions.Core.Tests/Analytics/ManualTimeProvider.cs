namespace NkFunctions.Core.Tests.Analytics;

/// <summary>A clock the test sets; only <see cref="GetUtcNow"/> is faked, which is all the code under test reads.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}
