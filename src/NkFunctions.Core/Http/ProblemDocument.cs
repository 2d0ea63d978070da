using System.Text.Json.Serialization;

namespace NkFunctions.Core.Http;

/// <summary>An RFC 9457 problem details document, plus a stable machine-readable <c>code</c>.</summary>
/// <param name="Type">A URI naming the problem type (the RFC 9110 status section for generic ones).</param>
/// <param name="Title">Short summary of the problem type.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What was wrong with this request, for a human.</param>
/// <param name="Instance">The request path.</param>
/// <param name="Code">A stable identifier clients can switch on, e.g. <c>article-not-found</c>.</param>
public sealed record ProblemDocument(
    string Type,
    string Title,
    int Status,
    string Detail,
    string? Instance,
    [property: JsonPropertyName("code")] string Code);
