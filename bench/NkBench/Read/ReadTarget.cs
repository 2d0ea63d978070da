namespace NkBench.Read;

/// <summary>A server answering the read requests: its base address and, per request path and Accept, its own ETag.</summary>
internal sealed record ReadTarget(string Name, Uri BaseAddress, IReadOnlyDictionary<(string Path, string Accept), string> ETags)
{
    public Uri Url(ReadRequest request) => new(BaseAddress, request.Path);

    /// <summary>The If-None-Match value to send for <paramref name="request"/>, or null for an unconditional request.</summary>
    public string? IfNoneMatch(ReadRequest request) => request.Conditional ? ETags[(request.Path, request.Accept)] : null;
}
