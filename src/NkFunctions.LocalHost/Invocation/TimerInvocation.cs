using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>What one on-demand run of a timer function gets: the parameter a compiled timer invoker binds from.</summary>
/// <param name="Services">The scoped services the function class is created from (the admin request's, as an HTTP function gets its request's).</param>
/// <param name="Timer">The trigger value.</param>
/// <param name="CancellationToken">Canceled when the host shuts down.</param>
internal sealed record TimerInvocation(IServiceProvider Services, TimerInfo Timer, CancellationToken CancellationToken);
