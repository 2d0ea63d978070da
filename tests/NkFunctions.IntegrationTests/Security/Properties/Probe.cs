using System.Text;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>A body and the Content-Type sent with it (null: no Content-Type header).</summary>
internal sealed record ProbeBody(byte[] Bytes, string? ContentType, string Kind);

/// <summary>One generated request, already in wire form (path and query percent-encoded as they will be sent).</summary>
internal sealed record Probe(string Method, string Path, string Query, IReadOnlyList<(string Name, string Value)> Headers, ProbeBody? Body)
{
    private static readonly UriCreationOptions Raw = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public HttpRequestMessage ToRequest(Uri baseAddress)
    {
        // No canonicalization: "..", "%2e%2e" and "%2F" reach the server exactly as generated.
        var uri = new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + Path + Query, in Raw);
        var request = new HttpRequestMessage(new HttpMethod(Method), uri);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body.Bytes);
            if (Body.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", Body.ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    // What a failure report prints: enough to replay by hand, never kilobytes of padding.
    public override string ToString()
    {
        var text = new StringBuilder().Append(Method).Append(' ').Append(Cut(Path + Query, 300));
        foreach (var (name, value) in Headers)
        {
            text.Append(" | ").Append(name).Append(": ").Append(Cut(value, 120));
        }

        if (Body is not null)
        {
            text.Append(" | body ").Append(Body.Kind).Append(' ').Append(Body.Bytes.Length).Append(" bytes: ")
                .Append(Cut(Encoding.UTF8.GetString(Body.Bytes), 300)).Append(" (").Append(Body.ContentType ?? "no type").Append(')');
        }

        return text.ToString();
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length] + $"…({value.Length})";
}
