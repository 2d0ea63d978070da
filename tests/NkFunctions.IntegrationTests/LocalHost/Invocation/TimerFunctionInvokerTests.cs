using Microsoft.Extensions.DependencyInjection;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.IntegrationTests.LocalHost.Invocation;

/// <summary>TimerFunctionInvokerFactory and TimerFunctionInvoker on probe timer functions of this assembly (found by scriptFile, like the app's).</summary>
public sealed class TimerFunctionInvokerTests : IDisposable
{
    private readonly ProbeTimerRuns _runs = new();
    private readonly ServiceProvider _services;

    public TimerFunctionInvokerTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton(_runs);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Invoke_PassesATimerInfoNotPastDueAndTheGivenToken()
    {
        using var stopping = new CancellationTokenSource();

        await InvokeAsync(nameof(ProbeTimerFunctions.Records), stopping.Token);

        var run = Assert.Single(_runs.Runs);
        Assert.Equal(nameof(ProbeTimerFunctions.Records), run.Function);
        Assert.False(run.Timer.IsPastDue);
        Assert.Null(run.Timer.ScheduleStatus);
        Assert.Equal(stopping.Token, run.CancellationToken);
        Assert.True(run.CancellationToken.CanBeCanceled);
    }

    [Fact]
    public async Task Invoke_Twice_NewClassInstanceAndNewTimerInfoEachTime()
    {
        var invoker = Create(Describe(nameof(ProbeTimerFunctions.Records)));

        await RunInScopeAsync(invoker, CancellationToken.None);
        await RunInScopeAsync(invoker, CancellationToken.None);

        Assert.Equal(2, _runs.Runs.Count);
        Assert.NotSame(_runs.Runs.First().Instance, _runs.Runs.Last().Instance);
        Assert.NotSame(_runs.Runs.First().Timer, _runs.Runs.Last().Timer);
    }

    [Fact]
    public async Task Invoke_AsyncFunction_CompletesOnlyAfterTheFunctionHas()
    {
        await InvokeAsync(nameof(ProbeTimerFunctions.RecordsLater), CancellationToken.None);

        Assert.Equal(nameof(ProbeTimerFunctions.RecordsLater), Assert.Single(_runs.Runs).Function);
    }

    [Fact]
    public async Task Invoke_TokenCanceled_FunctionSeesIt()
    {
        using var stopping = new CancellationTokenSource();
        var run = InvokeAsync(nameof(ProbeTimerFunctions.UntilCanceled), stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Invoke_FunctionThrows_ExceptionPropagates()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => InvokeAsync(nameof(ProbeTimerFunctions.Throws), CancellationToken.None));

        Assert.Equal(ProbeFunctions.SecretFailure, ex.Message);
    }

    [Fact]
    public void Create_KeepsNameAndSchedule()
    {
        var invoker = Create(Describe(nameof(ProbeTimerFunctions.Records)) with { Name = "Nightly", Schedule = "0 0 3 * * *" });

        Assert.Equal("Nightly", invoker.Name);
        Assert.Equal("0 0 3 * * *", invoker.Schedule);
    }

    [Theory]
    [InlineData(nameof(ProbeTimerFunctions.WithFunctionContext), "context", "FunctionContext")]
    [InlineData(nameof(ProbeTimerFunctions.WithInput), "input", "only TimerInfo and CancellationToken")]
    public void Create_ParameterOtherThanTimerInfoOrToken_ThrowsNamingFunctionAndParameter(string method, string parameter, string reason)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(Describe(method)));

        Assert.Contains($"Function '{method}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"parameter '{parameter}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnsupportedBinding_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(Describe(nameof(ProbeTimerFunctions.Records)) with { UnsupportedBindings = ["$return (queue)"] }));

        Assert.Contains("$return (queue)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ConstructorNeedsUnregisteredService_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(Describe(nameof(ProbeTimerNeedsService.Run), typeof(ProbeTimerNeedsService))));

        Assert.Contains(nameof(IProbeUnregistered), ex.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(ProbeTimerNeedsService).FullName!, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MethodNotFound_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(Describe("Missing")));

        Assert.Contains("Missing", ex.Message, StringComparison.Ordinal);
    }

    internal static TimerFunctionDescriptor Describe(string method, Type? type = null)
    {
        type ??= typeof(ProbeTimerFunctions);
        return new TimerFunctionDescriptor(method, $"{type.FullName}.{method}", type.Assembly.GetName().Name + ".dll", "0 0 3 * * *", []);
    }

    private TimerFunctionInvoker Create(TimerFunctionDescriptor function) =>
        TimerFunctionInvokerFactory.Create(function, _services.GetRequiredService<IServiceProviderIsService>());

    private Task InvokeAsync(string method, CancellationToken cancellationToken) =>
        RunInScopeAsync(Create(Describe(method)), cancellationToken);

    private async Task RunInScopeAsync(TimerFunctionInvoker invoker, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        await invoker.InvokeAsync(scope.ServiceProvider, cancellationToken);
    }
}
