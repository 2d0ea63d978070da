namespace NkFunctions.LocalHost.Metadata;

/// <summary>The contents of functions.metadata, split by what the local host does with each function.</summary>
/// <param name="HttpFunctions">Functions with an <c>httpTrigger</c> binding, in file order: served at their routes.</param>
/// <param name="TimerFunctions">Functions with a <c>timerTrigger</c> binding, in file order: run on demand through the admin endpoint.</param>
/// <param name="OtherFunctions">Every other function (queues, blobs, ...), in file order: listed only.</param>
internal sealed record FunctionsMetadata(
    IReadOnlyList<HttpFunctionDescriptor> HttpFunctions,
    IReadOnlyList<TimerFunctionDescriptor> TimerFunctions,
    IReadOnlyList<FunctionDescriptor> OtherFunctions);
