using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NkFunctions.LocalHost.Admin;

/// <summary>
/// The admin endpoint's body, bound as the Functions host binds it: <c>[FromBody] FunctionInvocation</c> through MVC's
/// Newtonsoft.Json input formatter, a JSON object whose <c>input</c> is what a non-HTTP trigger receives (a string,
/// number or boolean; a timer ignores it).
/// </summary>
/// <remarks>
/// Mirrors Azure/azure-functions-host 89dc438d4, src/WebJobs.Script.WebHost/Controllers/FunctionsController.cs
/// (<c>Invoke</c>: a null invocation is <c>BadRequest()</c>) with MVC's binding rules: no formatter for the content type
/// is 415 (UnsupportedContentTypeFilter); an empty body, malformed JSON, JSON <c>null</c>, a non-object or an object or
/// array <c>input</c> leave the invocation null, hence 400. Unknown properties are ignored, as Newtonsoft.Json does.
/// </remarks>
internal static class InvocationBody
{
    /// <summary>Far more than <c>{"input": ...}</c> needs; a bigger body is refused before it is buffered whole.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>What reading the body found.</summary>
    public enum Outcome
    {
        /// <summary>A <c>FunctionInvocation</c> the host would bind.</summary>
        Accepted,

        /// <summary>No JSON content type (MVC's Newtonsoft formatter reads application/json, text/json and application/*+json): 415.</summary>
        UnsupportedMediaType,

        /// <summary>The invocation would bind as null: 400.</summary>
        Invalid,

        /// <summary>Over <see cref="MaxBytes"/>: 413 (the local host's own limit; the host's is far higher).</summary>
        TooLarge,
    }

    /// <summary>Reads and judges the body.</summary>
    public static async Task<Outcome> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJsonMediaType(request.ContentType))
        {
            return Outcome.UnsupportedMediaType;
        }

        if (request.ContentLength > MaxBytes)
        {
            return Outcome.TooLarge;
        }

        // One byte more than allowed tells an over-long chunked body from one of exactly MaxBytes.
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            return Outcome.TooLarge;
        }

        return Binds(buffer.AsMemory(0, length)) ? Outcome.Accepted : Outcome.Invalid;
    }

    /// <summary>True for the media types MVC's Newtonsoft.Json input formatter reads: application/json, text/json, application/*+json.</summary>
    public static bool IsJsonMediaType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType.Value ?? string.Empty;
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when the host would bind a non-null invocation: a JSON object whose <c>input</c>, when present, is a string,
    /// number, boolean or null. An empty body is refused (MVC's AllowEmptyInputInBodyModelBinding is off in the host).
    /// </summary>
    public static bool Binds(ReadOnlyMemory<byte> body)
    {
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            // Newtonsoft.Json matches property names ignoring case.
            return root.ValueKind == JsonValueKind.Object
                && root.EnumerateObject().All(p => !p.Name.Equals("input", StringComparison.OrdinalIgnoreCase)
                    || p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
