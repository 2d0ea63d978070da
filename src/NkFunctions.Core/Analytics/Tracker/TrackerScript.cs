using NkFunctions.Core.Http;

namespace NkFunctions.Core.Analytics.Tracker;

/// <summary>
/// The browser tracker <c>nk.js</c> (embedded in this assembly), rendered once. It is served as written: readable
/// source with comments, small enough gzipped that no build step is worth having.
/// </summary>
public sealed class TrackerScript
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NkFunctions.Core.Analytics.Tracker.nk.js";

    /// <summary>Reads the embedded script.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a build error).</exception>
    public TrackerScript()
    {
        using var stream = typeof(TrackerScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Representation = Representation.FromBytes(buffer.ToArray(), MediaTypes.JavaScript);
    }

    /// <summary>The script, ready to serve with its strong ETag.</summary>
    public Representation Representation { get; }
}
