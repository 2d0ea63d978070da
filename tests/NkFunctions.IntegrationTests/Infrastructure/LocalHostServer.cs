using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.LocalHost;
using NkFunctions.Testing;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// The real local host on Kestrel, on a free loopback port, with its own copy of the content. Tests talk to it
/// over HTTP like any front end would.
/// </summary>
public sealed class LocalHostServer : IAsyncDisposable
{
    public const string FunctionKey = "test-function-key-3b9f";

    /// <summary>The admin (master) key: the admin API takes only this one, as in the Functions host.</summary>
    public const string AdminKey = "test-admin-key-7c1e";

    private readonly WebApplication _app;

    private LocalHostServer(WebApplication app, string contentRoot, Uri baseAddress)
    {
        _app = app;
        ContentRoot = contentRoot;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public string ContentRoot { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a host; extra <paramref name="args"/> are configuration overrides (<c>--Key=value</c>).</summary>
    public static Task<LocalHostServer> StartAsync(string? contentRoot = null, params string[] args) =>
        StartWithServicesAsync(null, contentRoot, args);

    /// <summary>
    /// Starts a host whose services <paramref name="configureServices"/> adds to after the app's own (to replace a
    /// seam such as the search index builder); extra <paramref name="args"/> as in <see cref="StartAsync"/>.
    /// </summary>
    public static async Task<LocalHostServer> StartWithServicesAsync(Action<IServiceCollection>? configureServices, string? contentRoot = null, params string[] args)
    {
        // site.example is the tests' Plausible domain (Analytics:Domains): its events are ours, any other domain's are
        // dropped. Countries come from the test database of the documentation ranges, where the tests' clients are.
        // A search waits for the index up to 30 s (the app's default is 1 s, then 503): tests of other things search
        // soon after start-up on a loaded machine and want the answer, not a 503; SearchIndexBuildingTests sets its own.
        // First, so a test's own args override them.
        args = ["--Analytics:Domains:0=site.example", $"--Analytics:Geo:DatabasePath={TestCountryDatabase.Path}", "--Search:MaxWaitMilliseconds=30000", .. args];

        contentRoot ??= RepoPaths.CopyContentToTemp();
        string[] all = ["--urls=http://127.0.0.1:0", $"--Content:Root={contentRoot}", $"--NK_FUNCTION_KEY={FunctionKey}", $"--NK_ADMIN_KEY={AdminKey}", .. args];
        var app = LocalHostApp.Build(all, configureServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LocalHostServer(app, contentRoot, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(ContentRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a test over it is not.
        }
    }
}
