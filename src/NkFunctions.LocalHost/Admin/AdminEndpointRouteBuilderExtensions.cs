using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Http;
using NkFunctions.LocalHost.Hosting;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.LocalHost.Admin;

/// <summary>Maps the Functions host's <c>POST /admin/functions/{name}</c>, which runs non-HTTP functions on demand.</summary>
internal static class AdminEndpointRouteBuilderExtensions
{
    /// <summary>
    /// One endpoint for every method (the handler answers each as the host would). Endpoint routing runs it before the
    /// function routes, as the host's MVC routes run before its function routes, so no function route can shadow it.
    /// Needs <see cref="LocalHostServiceCollectionExtensions.AddFunctionsLocalHost"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A timer function cannot be run by the local host; the host does not start.</exception>
    public static IEndpointRouteBuilder MapAdminFunctions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var services = endpoints.ServiceProvider;
        var functions = services.GetRequiredService<LocalHostFunctions>();
        var results = services.GetService<ApiResults>();
        var endpoint = new AdminInvokeEndpoint(
            AdminFunctionCatalog.Create(functions.Metadata, functions.RoutePrefix, services.GetService<IServiceProviderIsService>()),
            services.GetRequiredService<FunctionKey>(),
            new LocalHostProblems(results),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(Log.Category),
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);

        RequestDelegate handler = endpoint.InvokeAsync;
        endpoints.Map(AdminInvokeEndpoint.Route, handler).WithName("AdminInvokeFunction").WithDisplayName("Admin: run a function");
        return endpoints;
    }
}
