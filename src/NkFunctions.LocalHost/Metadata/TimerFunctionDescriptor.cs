namespace NkFunctions.LocalHost.Metadata;

/// <summary>A timer-triggered function. The local host never runs it on its schedule; it runs it on demand (admin endpoint).</summary>
/// <param name="Name">Function name.</param>
/// <param name="EntryPoint">Full name of the method: <c>Namespace.Type.Method</c>.</param>
/// <param name="ScriptFile">The assembly file holding it, e.g. <c>NkFunctions.dll</c>.</param>
/// <param name="Schedule">The trigger's NCRONTAB expression as written (six fields, or a <c>%setting%</c> reference), for the startup log.</param>
/// <param name="UnsupportedBindings">
/// Bindings other than the trigger (e.g. an output binding), as <c>name (type)</c>. The local host passes the function a
/// <c>TimerInfo</c> and a cancellation token, nothing else; it refuses to start rather than silently drop them.
/// </param>
internal sealed record TimerFunctionDescriptor(
    string Name,
    string EntryPoint,
    string ScriptFile,
    string Schedule,
    IReadOnlyList<string> UnsupportedBindings) : IFunctionEntryPoint;
