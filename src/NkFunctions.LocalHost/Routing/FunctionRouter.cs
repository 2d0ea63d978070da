using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Constraints;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Http;
using NkFunctions.Core.Http.Filters;
using NkFunctions.LocalHost.Hosting;
using NkFunctions.LocalHost.Invocation;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.LocalHost.Routing;

/// <summary>
/// Routes requests to HTTP functions exactly as the Functions host does: one ASP.NET Core <see cref="Route"/> per function,
/// in <see cref="HostFunctionOrder"/>, with an <see cref="HttpMethodRouteConstraint"/> when the function lists methods,
/// gathered in a <see cref="RouteCollection"/> where the first route that matches wins. A request no route takes goes on
/// down the pipeline and ends as a bare 404, as in the host.
/// </summary>
/// <remarks>
/// Mirrors, at the commits named:
/// <list type="bullet">
/// <item>Azure/azure-functions-host 89dc438d4 (v4.1037.0), src/WebJobs.Script.WebHost/WebScriptHostHttpRoutesManager.cs:
/// the route is the trigger's, else the function name; constraint <c>httpMethod</c> only when methods are declared.</item>
/// <item>Azure/azure-webjobs-sdk-extensions 12f060f5, src/WebJobs.Extensions.Http/Routing/WebJobsRouteBuilder.cs: the
/// template is <c>routePrefix + '/' + route</c> (the route alone when the prefix is empty), one <see cref="Route"/> each,
/// built into a <see cref="RouteCollection"/>; HttpBindingApplicationBuilderExtension: <c>builder.UseRouter(router)</c>
/// after the host's own (MVC) routes.</item>
/// </list>
/// Endpoint routing, which the local host used before, ranks routes by precedence instead: a catch-all function was
/// harmless there and shadowed every function sorting after it in Azure.
/// </remarks>
internal static class FunctionRouter
{
    /// <summary>The route value key the host's method constraint is registered under.</summary>
    public const string MethodConstraintKey = "httpMethod";

    /// <summary>
    /// Adds the function router to the pipeline. Needs <see cref="LocalHostServiceCollectionExtensions.AddFunctionsLocalHost"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A function cannot be run by the local host; nothing is mapped half-way silently.</exception>
    public static IApplicationBuilder UseFunctionRoutes(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseRouter(Build(app.ApplicationServices));
    }

    /// <summary>The route collection, in host order.</summary>
    /// <exception cref="InvalidOperationException">A function's route is reserved or invalid, or the function cannot be run.</exception>
    public static RouteCollection Build(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);

        var functions = services.GetRequiredService<LocalHostFunctions>();
        var key = services.GetRequiredService<FunctionKey>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(Log.Category);
        var isService = services.GetService<IServiceProviderIsService>();
        var problems = new LocalHostProblems(services.GetService<ApiResults>());
        var filters = services.GetService<RequestFilters>();
        var constraintResolver = services.GetRequiredService<IInlineConstraintResolver>();

        var routes = new RouteCollection();
        foreach (var function in HostFunctionOrder.Sort(functions.Metadata.HttpFunctions))
        {
            if (FunctionRoute.IsReserved(function.Route))
            {
                // Locally it would work (the admin endpoint is outside the prefix), but the Functions host would fail it: say so now.
                throw new InvalidOperationException(
                    $"Function '{function.Name}': route '{function.Route}' starts with 'admin' or 'runtime', which the Functions host reserves for its own API (\"The specified route conflicts with one or more built in routes.\"). Choose another route.");
            }

            var template = FunctionRoute.Template(functions.RoutePrefix, function.Route, function.Name);
            RoutePattern pattern;
            try
            {
                pattern = RoutePatternFactory.Parse(template);
            }
            catch (RoutePatternException ex)
            {
                throw new InvalidOperationException($"Function '{function.Name}': route '{function.Route}' is not a valid route template: {ex.Message}", ex);
            }

            var invoker = FunctionInvokerFactory.Create(function, pattern, key, problems, filters, logger, isService);
            var constraints = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            if (function.Methods.Count > 0)
            {
                constraints.Add(MethodConstraintKey, new HttpMethodRouteConstraint([.. function.Methods]));
            }

            routes.Add(new Route(
                new RouteHandler(invoker.InvokeAsync),
                function.Name,
                template,
                defaults: null,
                constraints,
                dataTokens: null,
                constraintResolver));
        }

        return routes;
    }
}
