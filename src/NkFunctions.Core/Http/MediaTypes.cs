namespace NkFunctions.Core.Http;

/// <summary>Content-Type values the API answers with.</summary>
public static class MediaTypes
{
    /// <summary>JSON documents.</summary>
    public const string Json = "application/json; charset=utf-8";

    /// <summary>RFC 9457 problem details.</summary>
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    /// <summary>HTML fragments.</summary>
    public const string Html = "text/html; charset=utf-8";

    /// <summary>Markdown source (RFC 7763).</summary>
    public const string Markdown = "text/markdown; charset=utf-8";

    /// <summary>Plain text.</summary>
    public const string Text = "text/plain; charset=utf-8";

    /// <summary>JavaScript.</summary>
    public const string JavaScript = "text/javascript; charset=utf-8";

    /// <summary>CSS style sheets.</summary>
    public const string Css = "text/css; charset=utf-8";

    /// <summary>CSV (RFC 4180) in UTF-8.</summary>
    public const string Csv = "text/csv; charset=utf-8";
}
