using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>The defaults <c>func start</c> gives a developer, as the lowest-priority configuration source: anything configured wins.</summary>
internal static class LocalHostDefaults
{
    /// <summary>Core Tools' address.</summary>
    public const string Url = "http://localhost:7071";

    /// <summary>Azurite on its default ports, as in a new local.settings.json.</summary>
    public const string Storage = "UseDevelopmentStorage=true";

    /// <summary>Adds the defaults under every existing source (command line, environment variables, settings files).</summary>
    public static void Apply(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var current = configuration is IConfiguration built ? built : configuration.Build();
        var defaults = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Storage,

            // ASP.NET Core logs two lines per request at Information: that would bury the banner and dominate a benchmark.
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",

            // Kestrel's transport limits stay at their defaults (request line 8 KiB, headers 32 KiB), as the Functions host
            // leaves them (Azure/azure-functions-host 89dc438d4, WebHost/Program.cs sets only the body size): between the
            // app's own limits (2 KiB query, 16 KiB headers) and these, the app answers 414/431 problems; past them Kestrel
            // answers a bare 414/431 under either host.
        };

        // "urls" is the lowest-priority address setting; only default it when no other way of choosing addresses is in use.
        if (string.IsNullOrEmpty(current["urls"])
            && string.IsNullOrEmpty(current["http_ports"])
            && string.IsNullOrEmpty(current["https_ports"])
            && !current.GetSection("Kestrel:Endpoints").Exists())
        {
            defaults["urls"] = Url;
        }

        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
    }
}
