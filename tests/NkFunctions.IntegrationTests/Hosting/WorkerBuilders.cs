using Microsoft.Azure.Functions.Worker.Builder;

namespace NkFunctions.IntegrationTests.Hosting;

/// <summary>The real worker's builder, configured enough to be built (not started) in a test.</summary>
internal static class WorkerBuilders
{
    // The Functions host passes its gRPC endpoint to the worker; any address will do for building (not starting) it.
    public static FunctionsApplicationBuilder Create(params (string Key, string Value)[] settings)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration["Functions:Worker:HostEndpoint"] = "http://127.0.0.1:9";
        builder.Configuration["Functions:Worker:WorkerId"] = "test";
        builder.Configuration["Functions:Worker:GrpcMaxMessageLength"] = "2147483647";
        builder.Configuration["AzureWebJobsStorage"] = "UseDevelopmentStorage=true";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        return builder;
    }
}
