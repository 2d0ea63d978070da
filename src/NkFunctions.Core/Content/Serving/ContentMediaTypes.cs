namespace NkFunctions.Core.Content.Serving;

/// <summary>What the article and section endpoints offer, in the server's order of preference.</summary>
internal static class ContentMediaTypes
{
    public const int Json = 0;

    public const int Html = 1;

    /// <summary>Bare media types, JSON first so clients that accept anything get JSON.</summary>
    public static readonly string[] Offered = ["application/json", "text/html", "text/markdown", "text/plain"];

    /// <summary>The list endpoint only speaks JSON.</summary>
    public static readonly string[] JsonOnly = ["application/json"];
}
