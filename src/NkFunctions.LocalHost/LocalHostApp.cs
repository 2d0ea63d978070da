using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NkFunctions.LocalHost.Hosting;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.LocalHost;

/// <summary>
/// The local host: serves every HTTP function of the Functions app on Kestrel, at the routes, methods and auth levels of the
/// SDK-generated functions.metadata and host.json, with the app's services from the same <c>AddNkApp</c> the worker calls;
/// runs timer functions on demand at <c>POST /admin/functions/{name}</c>, like the Functions host (never on their schedule).
/// </summary>
/// <remarks>
/// Tests start it in-process on a free port:
/// <code>
/// await using var app = LocalHostApp.Build(["--urls", "http://127.0.0.1:0", "--NK_FUNCTION_KEY", "test-key"]);
/// await app.StartAsync();
/// var baseAddress = new Uri(app.Urls.First()); // the bound address, e.g. http://127.0.0.1:41234
/// </code>
/// Any configuration can be passed as <c>--Key value</c> arguments (e.g. <c>--Content:Root</c>, <c>--AzureWebJobsStorage</c>);
/// they override environment variables. functions.metadata, host.json and content/ are read from
/// <see cref="AppContext.BaseDirectory"/>, where the build copies them (also into a referencing test project's output).
/// </remarks>
public static class LocalHostApp
{
    /// <summary>Builds the application with the local host's defaults; call <c>Run</c>/<c>StartAsync</c> on the result.</summary>
    /// <param name="args">Command-line arguments: <c>--urls</c>, <c>--environment</c>, <c>--NK_FUNCTION_KEY</c>, any configuration key.</param>
    /// <returns>A built, not yet started, application. Without <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) it listens on http://localhost:7071.</returns>
    /// <exception cref="InvalidOperationException">functions.metadata is missing or invalid, or a function cannot be served (message says which and why).</exception>
    public static WebApplication Build(string[] args) => Build(args, configureServices: null);

    /// <summary>
    /// As <see cref="Build(string[])"/>, then <paramref name="configureServices"/> adds to the app's services: for
    /// tests that replace a seam (e.g. hold the search index build) in the otherwise real host.
    /// </summary>
    internal static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices)
    {
        ArgumentNullException.ThrowIfNull(args);

        var appDirectory = AppContext.BaseDirectory;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // The worker runs with its output folder as content root (func start runs it there); so do we, wherever we are started from.
            ContentRootPath = appDirectory,
            EnvironmentName = LocalHostEnvironment.Resolve(args, Environment.GetEnvironmentVariable),
        });

        LocalHostDefaults.Apply(builder.Configuration);

        // Kestrel's endpoint configuration reads the Kestrel section, but not its Limits: bind those here.
        builder.WebHost.ConfigureKestrel((context, kestrel) => context.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits));
        builder.Services.AddFunctionsLocalHost(builder.Configuration, appDirectory);
        builder.Services.AddNkApp(builder.Configuration);
        builder.Services.AddLocalHostTelemetry();
        configureServices?.Invoke(builder.Services);

        // IActionResult executors (ObjectResult, ContentResult, ...) live in MVC Core; functions may return action results.
        builder.Services.AddMvcCore();

        var app = builder.Build();

        // The local host's extras (the demo reader) sit in front, at paths where the Functions host serves nothing anyway.
        app.UseStaticSamples(builder.Configuration);
        app.UseFunctionsHostRouting();
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Write(
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Log.Category),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Log.ConsoleOnlyCategory),
            app.Services.GetRequiredService<LocalHostFunctions>(),
            app.Services.GetRequiredService<FunctionKey>(),
            app.Urls));
        return app;
    }
}
