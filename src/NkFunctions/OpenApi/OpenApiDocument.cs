using NkFunctions.Core.Http;

namespace NkFunctions.OpenApi;

/// <summary>
/// The hand-written OpenAPI document embedded in this assembly, read once. Hand-written because the contract is
/// the product; a test keeps it equal to the functions the app declares.
/// </summary>
public sealed class OpenApiDocument
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NkFunctions.OpenApi.openapi.json";

    /// <summary>Reads the embedded document.</summary>
    public OpenApiDocument()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Representation = Representation.FromBytes(buffer.ToArray(), MediaTypes.Json);
    }

    /// <summary>The document, ready to serve.</summary>
    public Representation Representation { get; }
}
