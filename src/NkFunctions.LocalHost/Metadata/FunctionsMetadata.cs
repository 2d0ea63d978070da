namespace NkFunctions.LocalHost.Metadata;

/// <summary>The contents of functions.metadata, split into what the local host serves and what it only lists.</summary>
/// <param name="HttpFunctions">Functions with an <c>httpTrigger</c> binding, in file order.</param>
/// <param name="OtherFunctions">Every other function (timers, queues, ...), in file order.</param>
internal sealed record FunctionsMetadata(IReadOnlyList<HttpFunctionDescriptor> HttpFunctions, IReadOnlyList<FunctionDescriptor> OtherFunctions);
