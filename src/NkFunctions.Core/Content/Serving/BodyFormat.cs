namespace NkFunctions.Core.Content.Serving;

/// <summary>Which representation of a section body a JSON document carries (<c>?format=</c>).</summary>
public enum BodyFormat
{
    /// <summary>Sanitized HTML (default).</summary>
    Html,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>The Markdown source.</summary>
    Markdown,
}
