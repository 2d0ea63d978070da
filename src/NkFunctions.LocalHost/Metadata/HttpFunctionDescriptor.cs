namespace NkFunctions.LocalHost.Metadata;

/// <summary>An HTTP-triggered function as the Functions host sees it.</summary>
/// <param name="Name">Function name.</param>
/// <param name="EntryPoint">Full name of the method: <c>Namespace.Type.Method</c>.</param>
/// <param name="ScriptFile">The assembly file holding it, e.g. <c>NkFunctions.dll</c>.</param>
/// <param name="Route">Route template without the host's prefix; the function name when the trigger declares none.</param>
/// <param name="Methods">Upper-case HTTP methods; empty means every method, as in the Functions host.</param>
/// <param name="AuthLevel">Who may call it.</param>
/// <param name="UnsupportedBindings">
/// Bindings other than the trigger and the <c>$return</c> HTTP output (e.g. an extra output binding), as <c>name (type)</c>.
/// The local host only runs HTTP in, HTTP out; it refuses to start rather than silently drop them.
/// </param>
internal sealed record HttpFunctionDescriptor(
    string Name,
    string EntryPoint,
    string ScriptFile,
    string Route,
    IReadOnlyList<string> Methods,
    FunctionAuthLevel AuthLevel,
    IReadOnlyList<string> UnsupportedBindings) : IFunctionEntryPoint;
