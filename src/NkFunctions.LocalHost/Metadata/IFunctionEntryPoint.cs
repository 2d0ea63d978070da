namespace NkFunctions.LocalHost.Metadata;

/// <summary>What every functions.metadata entry has, whatever its trigger: enough to find and call the method.</summary>
internal interface IFunctionEntryPoint
{
    /// <summary>Function name, unique in the app (the Functions host compares names ignoring case).</summary>
    string Name { get; }

    /// <summary>Full name of the method: <c>Namespace.Type.Method</c>.</summary>
    string EntryPoint { get; }

    /// <summary>The assembly file holding it, e.g. <c>NkFunctions.dll</c>.</summary>
    string ScriptFile { get; }
}
