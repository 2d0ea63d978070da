namespace NkFunctions.Core.Content.Serving;

/// <summary>Thrown at start-up when the content is invalid: the app refuses to start rather than serve half an article.</summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception listing every error.</summary>
    public ContentValidationException(string root, IReadOnlyList<ContentError> errors)
        : base($"Content under '{root}' is invalid ({errors.Count} error(s)):\n  " + string.Join("\n  ", errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ContentValidationException()
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ContentValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception wrapping another.</summary>
    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ContentError> Errors { get; }
}
