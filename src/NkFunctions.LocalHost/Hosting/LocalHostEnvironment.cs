using Microsoft.Extensions.Configuration;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>Picks the hosting environment the way <c>func start</c> does: Development unless told otherwise.</summary>
internal static class LocalHostEnvironment
{
    /// <summary>
    /// Null when the environment is set the ASP.NET Core way (<c>--environment</c>, <c>ASPNETCORE_ENVIRONMENT</c>,
    /// <c>DOTNET_ENVIRONMENT</c>), so the builder applies it; otherwise <c>AZURE_FUNCTIONS_ENVIRONMENT</c> or Development.
    /// </summary>
    public static string? Resolve(string[] args, Func<string, string?> environmentVariable)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environmentVariable);

        // The same sources and precedence WebApplication.CreateBuilder reads the environment from.
        // Only set variables are added: an unset ASPNETCORE_ENVIRONMENT must not hide DOTNET_ENVIRONMENT.
        var fromEnvironment = new Dictionary<string, string?>();
        foreach (var name in (string[])["DOTNET_ENVIRONMENT", "ASPNETCORE_ENVIRONMENT"])
        {
            if (environmentVariable(name) is { Length: > 0 } value)
            {
                fromEnvironment["environment"] = value;
            }
        }

        var hostSettings = new ConfigurationBuilder()
            .AddInMemoryCollection(fromEnvironment)
            .AddCommandLine(args)
            .Build();

        if (!string.IsNullOrEmpty(hostSettings["environment"]))
        {
            return null;
        }

        return environmentVariable("AZURE_FUNCTIONS_ENVIRONMENT") is { Length: > 0 } functions ? functions : "Development";
    }
}
