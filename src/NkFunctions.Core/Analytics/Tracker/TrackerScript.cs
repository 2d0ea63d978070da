using NkFunctions.Core.Http;

namespace NkFunctions.Core.Analytics.Tracker;

/// <summary>
/// The browser tracker served as <c>nk.js</c>, rendered once: <c>nk.min.js</c> (embedded in this assembly), which
/// <c>scripts/build-tracker.sh</c> minifies from the readable source <c>nk.js</c> beside it. The build is committed so
/// the .NET build needs no Node; a browser test fails while it is stale.
/// </summary>
public sealed class TrackerScript
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NkFunctions.Core.Analytics.Tracker.nk.min.js";

    /// <summary>Reads the embedded script.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a build error).</exception>
    public TrackerScript() =>
        Representation = Representation.FromEmbeddedResource(typeof(TrackerScript).Assembly, ResourceName, MediaTypes.JavaScript);

    /// <summary>The script, ready to serve with its strong ETag.</summary>
    public Representation Representation { get; }
}
