using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.IntegrationTests.LocalHost.Invocation;

/// <summary>One run of a probe timer function: what it was given and which instance ran it.</summary>
public sealed record ProbeTimerRun(string Function, TimerInfo Timer, object Instance, CancellationToken CancellationToken);

/// <summary>The runs of the probe timer functions (a singleton the probes get injected).</summary>
public sealed class ProbeTimerRuns
{
    private readonly ConcurrentQueue<ProbeTimerRun> _runs = new();

    public IReadOnlyCollection<ProbeTimerRun> Runs => _runs;

    public void Add(ProbeTimerRun run) => _runs.Enqueue(run);
}

/// <summary>Timer functions in the shapes the local host has to run on demand, invoked through functions.metadata-style descriptors.</summary>
public sealed class ProbeTimerFunctions(ProbeTimerRuns runs)
{
    public void Records(TimerInfo timer, CancellationToken cancellationToken) =>
        runs.Add(new ProbeTimerRun(nameof(Records), timer, this, cancellationToken));

    // Finishes well after it was called: a caller that does not wait sees no run.
    public async Task RecordsLater(TimerInfo timer, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        runs.Add(new ProbeTimerRun(nameof(RecordsLater), timer, this, cancellationToken));
    }

    // Static, like a function method may be: nothing to create.
    public static Task UntilCanceled(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

    public static async Task Throws(TimerInfo timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await Task.Yield();
        throw new InvalidOperationException(ProbeFunctions.SecretFailure);
    }

    public void WithFunctionContext(TimerInfo timer, FunctionContext context) =>
        runs.Add(new ProbeTimerRun(context.FunctionId, timer, this, default));

    public void WithInput(TimerInfo timer, string input) =>
        runs.Add(new ProbeTimerRun(input, timer, this, default));
}

/// <summary>A timer function class whose constructor needs a service nobody registered.</summary>
public sealed class ProbeTimerNeedsService(IProbeUnregistered service)
{
    public string Run(TimerInfo timer) => service.Name + timer.IsPastDue;
}
