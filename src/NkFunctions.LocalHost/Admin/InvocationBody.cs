using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NkFunctions.LocalHost.Invocation;

namespace NkFunctions.LocalHost.Admin;

/// <summary>
/// The admin endpoint's body, as the Functions host takes it: <c>{"input": "..."}</c>, where input is what a non-HTTP
/// trigger would receive (a string, number or boolean). A timer trigger ignores it, there as here.
/// </summary>
internal static class InvocationBody
{
    /// <summary>Far more than <c>{"input": ...}</c> needs; a bigger body is refused before it is buffered whole.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The <c>code</c> of the 400 for a body that is not <c>{"input": ...}</c>.</summary>
    public const string InvalidCode = "invalid-invocation-body";

    private const string Shape = "The body must be empty or a JSON object such as {\"input\": \"...\"}, input being a string, number or boolean.";

    /// <summary>Reads the body; null when it is acceptable, otherwise the problem to answer (400, or 413 over <see cref="MaxBytes"/>).</summary>
    public static async Task<IResult?> ReadAsync(HttpRequest request, LocalHostProblems problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(problems);

        var tooLarge = problems.ContentTooLarge($"The body is over {MaxBytes} bytes. {Shape}");
        if (request.ContentLength > MaxBytes)
        {
            return tooLarge;
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
            return tooLarge;
        }

        return IsAcceptable(buffer.AsMemory(0, length)) ? null : problems.BadRequest(InvalidCode, Shape);
    }

    /// <summary>
    /// True for an empty (or all-whitespace) body, so <c>curl -X POST</c> needs no <c>-d</c>, and for a JSON object whose
    /// <c>input</c>, when present, is a string, number, boolean or null. Other properties are ignored, as the Functions host does.
    /// </summary>
    public static bool IsAcceptable(ReadOnlyMemory<byte> body)
    {
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && (!root.TryGetProperty("input", out var input) || input.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array));
        }
        catch (JsonException)
        {
            // The parser's message quotes the offending text; the caller gets the expected shape instead.
            return false;
        }
    }
}
