using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NkFunctions.Core.Content.Serving;

namespace NkFunctions.IntegrationTests.Hosting;

/// <summary>
/// Builds the real worker host exactly as Program.cs does and activates every function class the way the worker
/// does, so a missing registration fails here rather than on the first request in Azure.
/// </summary>
public sealed class WorkerHostTests
{
    [Fact]
    public async Task WorkerHost_ProgramRegistrations_ResolveEveryFunctionClass()
    {
        var builder = WorkerBuilders.Create();
        builder.Services.Configure<ServiceProviderOptions>(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        // The content loads in a hosted service; run it as the worker's start-up would.
        host.Services.GetRequiredService<ContentStore>().LoadInitial();
        var functionTypes = typeof(AppServices).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();

        Assert.NotEmpty(functionTypes);
        await using var scope = host.Services.CreateAsyncScope();
        foreach (var type in functionTypes)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type));
        }
    }

    // Content validation stops the app loudly on bad content; the crawler list warm-up keeps the first beacon fast.
    [Theory]
    [InlineData("ContentStartup")]
    [InlineData("CrawlerListWarmUp")]
    public void WorkerHost_HostedServices_IncludeStartUpWork(string hostedService)
    {
        var builder = WorkerBuilders.Create();
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s.GetType().Name == hostedService);
    }
}
