namespace NkFunctions.LocalHost.Metadata;

/// <summary>The <c>authLevel</c> of an HTTP trigger, as written in functions.metadata (same names as the Functions host).</summary>
internal enum FunctionAuthLevel
{
    Anonymous,
    User,
    Function,
    System,
    Admin,
}
