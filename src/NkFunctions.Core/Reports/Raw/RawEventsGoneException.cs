namespace NkFunctions.Core.Reports.Raw;

/// <summary>A filtered report asked for days whose raw events retention has deleted (only their rollups are left).</summary>
public sealed class RawEventsGoneException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RawEventsGoneException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RawEventsGoneException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RawEventsGoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the last day whose raw events are gone.</summary>
    public RawEventsGoneException(DateOnly lastGone)
        : base($"Raw events up to {lastGone:yyyy-MM-dd} were deleted after rollup")
    {
        LastGone = lastGone;
    }

    /// <summary>The last day without raw events.</summary>
    public DateOnly LastGone { get; }
}
