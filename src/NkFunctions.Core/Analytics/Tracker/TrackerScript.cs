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
    public TrackerScript() =>
        Representation = Representation.FromEmbeddedResource(typeof(TrackerScript).Assembly, ResourceName, MediaTypes.JavaScript);

    /// <summary>The script, ready to serve with its strong ETag.</summary>
    public Representation Representation { get; }
}
