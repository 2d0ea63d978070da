using NkFunctions.LocalHost.Invocation;

namespace NkFunctions.LocalHost.Admin;

/// <summary>A function the admin endpoint was asked to run, by what the local host can do with it.</summary>
/// <param name="Name">The function's name as in functions.metadata (whatever case the caller used).</param>
internal abstract record AdminTarget(string Name);

/// <summary>A timer function: run on demand.</summary>
internal sealed record TimerTarget(TimerFunctionInvoker Invoker) : AdminTarget(Invoker.Name);

/// <summary>An HTTP function: the caller should use its route instead.</summary>
/// <param name="Methods">Its methods, e.g. <c>GET,HEAD</c> (<c>ALL</c> when it lists none).</param>
/// <param name="Path">Its route template with the host's prefix, e.g. <c>/api/health</c>.</param>
internal sealed record HttpTarget(string Name, string Methods, string Path) : AdminTarget(Name);

/// <summary>Any other trigger (queue, blob, ...): the local host has no way to produce its trigger value.</summary>
internal sealed record ListedOnlyTarget(string Name, string TriggerType) : AdminTarget(Name);
