using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace NkFunctions.IntegrationTests.LocalHost.Invocation;

/// <summary>What a handler wrote to a <see cref="DefaultHttpContext"/>.</summary>
internal sealed record ProbeResponse(int Status, string? ContentType, Dictionary<string, string> Headers, string Body)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public string? MediaType => ContentType?.Split(';')[0].Trim();

    public T Json<T>() => JsonSerializer.Deserialize<T>(Body, Web)!;
}

/// <summary>Runs a request handler on a <see cref="DefaultHttpContext"/> with its own service scope, without a server.</summary>
internal static class ProbeExchange
{
    public static async Task<ProbeResponse> RunAsync(
        IServiceProvider services,
        string method,
        string path,
        Func<HttpContext, Task> handler,
        Action<HttpContext>? arrange = null)
    {
        await using var scope = services.CreateAsyncScope();
        using var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = path;
        context.Response.Body = body;
        arrange?.Invoke(context);

        await handler(context);

        return new ProbeResponse(
            context.Response.StatusCode,
            context.Response.ContentType,
            context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Encoding.UTF8.GetString(body.ToArray()));
    }
}
