using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Runs one timer function on demand. Built once at startup by <see cref="TimerFunctionInvokerFactory"/>.</summary>
/// <param name="name">Function name, as in functions.metadata.</param>
/// <param name="schedule">The trigger's schedule, for the startup log (never used to schedule anything).</param>
/// <param name="invoke">Compiled call: creates the function class from the invocation's services, binds the arguments, calls the method.</param>
internal sealed class TimerFunctionInvoker(string name, string schedule, Func<TimerInvocation, ValueTask<object?>> invoke)
{
    /// <summary>Function name, as in functions.metadata.</summary>
    public string Name { get; } = name;

    /// <summary>The trigger's schedule as written.</summary>
    public string Schedule { get; } = schedule;

    /// <summary>Calls the function once and completes when it has; its exceptions propagate.</summary>
    /// <param name="services">Scoped services to create the function class from.</param>
    /// <param name="cancellationToken">Handed to the function's <see cref="CancellationToken"/> parameter.</param>
    public async Task InvokeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        // What the timer extension passes for a run that was asked for rather than scheduled: not past due. Its schedule
        // status comes from a monitor that records runs in storage; the local host runs no schedule, so it has none to give.
        var timer = new TimerInfo { IsPastDue = false, ScheduleStatus = null };

        // A timer function's return value would be an output binding, which the factory refuses; nothing to write here.
        _ = await invoke(new TimerInvocation(services, timer, cancellationToken)).ConfigureAwait(false);
    }
}
