using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Http;
using NkFunctions.Core.Http.Filters;
using NkFunctions.LocalHost.Hosting;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.LocalHost.Routing;

/// <summary>Maps every HTTP function in functions.metadata to an endpoint, at the route the Functions host would use.</summary>
internal static class FunctionEndpointRouteBuilderExtensions
{
    /// <summary>
    /// One endpoint per HTTP function: <c>/{routePrefix}/{route}</c>, restricted to its methods (all methods when it lists none).
    /// Needs <see cref="LocalHostServiceCollectionExtensions.AddFunctionsLocalHost"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A function cannot be run by the local host; nothing is mapped half-way silently.</exception>
    public static IEndpointRouteBuilder MapFunctionsFromMetadata(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var services = endpoints.ServiceProvider;
        var functions = services.GetRequiredService<LocalHostFunctions>();
        var key = services.GetRequiredService<FunctionKey>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(Log.Category);
        var isService = services.GetService<IServiceProviderIsService>();
        var problems = new LocalHostProblems(services.GetService<ApiResults>());
        var filters = services.GetService<RequestFilters>();

        foreach (var function in functions.Metadata.HttpFunctions)
        {
            if (FunctionRoute.IsReserved(function.Route))
            {
                // Locally it would work (the admin endpoint is outside the prefix), but the Functions host would fail it: say so now.
                throw new InvalidOperationException(
                    $"Function '{function.Name}': route '{function.Route}' starts with 'admin' or 'runtime', which the Functions host reserves for its own API (\"The specified route conflicts with one or more built in routes.\"). Choose another route.");
            }

            var template = FunctionRoute.Combine(functions.RoutePrefix, function.Route);
            RoutePattern pattern;
            try
            {
                pattern = RoutePatternFactory.Parse(template);
            }
            catch (RoutePatternException ex)
            {
                throw new InvalidOperationException($"Function '{function.Name}': route '{function.Route}' is not a valid route template: {ex.Message}", ex);
            }

            RequestDelegate handler = FunctionInvokerFactory.Create(function, pattern, key, problems, filters, logger, isService).InvokeAsync;
            var endpoint = endpoints.Map(pattern, handler).WithName(function.Name).WithDisplayName($"Function {function.Name}");
            if (function.Methods.Count > 0)
            {
                endpoint.WithMetadata(new HttpMethodMetadata(function.Methods));
            }
        }

        return endpoints;
    }
}
