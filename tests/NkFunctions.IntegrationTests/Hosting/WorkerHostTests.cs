using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Geo;
using NkFunctions.Core.Reports;
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

    // Content validation stops the app loudly on bad content; the crawler list and country database warm-ups keep the
    // first beacon fast.
    [Theory]
    [InlineData("ContentStartup")]
    [InlineData("CrawlerListWarmUp")]
    [InlineData("CountryDatabaseWarmUp")]
    public void WorkerHost_HostedServices_IncludeStartUpWork(string hostedService)
    {
        var builder = WorkerBuilders.Create();
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s.GetType().Name == hostedService);
    }

    [Fact]
    public void WorkerHost_IdentityStorageSettings_EveryTableClientOnThatAccountsEndpoint()
    {
        // The settings infra/main.bicep gives the app in Azure: no connection string, an account and an identity.
        var builder = WorkerBuilders.Create(
            ("AzureWebJobsStorage", ""),
            ("AzureWebJobsStorage:accountName", "nkprod7x2"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "6c1f2f43-5d2e-4f57-9b1e-0b7f1d3c2a10"));
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        var expected = new Uri("https://nkprod7x2.table.core.windows.net/");
        Assert.Equal(expected, host.Services.GetRequiredService<TableServiceClient>().Uri);
        Assert.Equal(expected, host.Services.GetRequiredService<ReportStorage>().Service.Uri);
    }

    [Fact]
    public async Task WorkerHost_NoStorageSetting_StopsAtStartNamingTheSetting()
    {
        var builder = WorkerBuilders.Create(("AzureWebJobsStorage", ""));
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkerHost_NoGeoSetting_TheShippedDatabaseFromTheAppFolder()
    {
        var builder = WorkerBuilders.Create();
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        var countries = host.Services.GetRequiredService<CountryDatabase>();

        Assert.Equal(CountryDatabase.ShippedPath, host.Services.GetRequiredService<IOptions<GeoOptions>>().Value.EffectivePath);
        Assert.Equal("US", countries.CountryOf(System.Net.IPAddress.Parse("8.8.8.8")));
    }

    [Fact]
    public async Task WorkerHost_GeoDatabaseMissing_StopsAtStartNamingTheSetting()
    {
        var builder = WorkerBuilders.Create(("Analytics:Geo:DatabasePath", "/nonexistent/countries.mmdb"));
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Analytics:Geo:DatabasePath: no file at '/nonexistent/countries.mmdb'", error.Message, StringComparison.Ordinal);
    }
}
