using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.IntegrationTests.LocalHost.Invocation;

/// <summary>What the probe functions were called with, so a test can tell whether a function ran.</summary>
public sealed class ProbeCalls
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> Calls => _calls;

    public void Add(string call) => _calls.Add(call);
}

/// <summary>A value a probe returns; serialized as JSON by the local host.</summary>
public sealed record ProbeValue(string Kind, int Number);

/// <summary>A service nobody registers, so a function depending on it cannot be created.</summary>
public interface IProbeUnregistered
{
    string Name { get; }
}

/// <summary>Functions in the shapes the local host has to run, invoked through functions.metadata-style descriptors.</summary>
public sealed class ProbeFunctions(ProbeCalls calls)
{
    public const string SecretFailure = "probe failure: connection string Password=hunter2";

    public IResult Text()
    {
        calls.Add(nameof(Text));
        return TypedResults.Text("probe text", "text/plain", statusCode: StatusCodes.Status202Accepted);
    }

    public IActionResult Action()
    {
        calls.Add(nameof(Action));
        return new ObjectResult(new ProbeValue("action", 1)) { StatusCode = StatusCodes.Status201Created };
    }

    public void Nothing(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        calls.Add($"{nameof(Nothing)} {request.Method}");
    }

    public async Task<object> ValueLater(CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        calls.Add(nameof(ValueLater));
        return new ProbeValue("later", 2);
    }

    public Task<object> ValueNow()
    {
        calls.Add(nameof(ValueNow));
        return Task.FromResult<object>(new ProbeValue("now", 3));
    }

    public IResult Throws()
    {
        calls.Add(nameof(Throws));
        throw new InvalidOperationException(SecretFailure);
    }

    public async Task ThrowsLater()
    {
        await Task.Yield();
        calls.Add(nameof(ThrowsLater));
        throw new InvalidOperationException(SecretFailure);
    }

    public IResult Number(int id)
    {
        calls.Add($"{nameof(Number)} {id}");
        return TypedResults.Ok(new ProbeValue("number", id));
    }

    public IResult Secured(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        calls.Add(nameof(Secured));
        return TypedResults.Text("secret stuff");
    }

    public IResult WithFunctionContext(FunctionContext context)
    {
        calls.Add(nameof(WithFunctionContext) + context.FunctionId);
        return TypedResults.Ok();
    }

    public IResult WithUnboundParameter(string notInRoute)
    {
        calls.Add(notInRoute);
        return TypedResults.Ok();
    }

    public static IResult Static() => TypedResults.Text("static");
}

/// <summary>A function class whose constructor needs a service nobody registered.</summary>
public sealed class ProbeNeedsService(IProbeUnregistered service)
{
    public IResult Run() => TypedResults.Text(service.Name);
}
