namespace NkFunctions.LocalHost.Metadata;

/// <summary>A function the local host can neither serve over HTTP nor run on demand (queue, blob and other triggers): listed only.</summary>
/// <param name="Name">Function name.</param>
/// <param name="EntryPoint">Full name of the method: <c>Namespace.Type.Method</c>.</param>
/// <param name="ScriptFile">The assembly file holding it, e.g. <c>NkFunctions.dll</c>.</param>
/// <param name="TriggerType">The trigger binding type, e.g. <c>queueTrigger</c> (empty when the function has no trigger binding).</param>
internal sealed record FunctionDescriptor(string Name, string EntryPoint, string ScriptFile, string TriggerType) : IFunctionEntryPoint;
