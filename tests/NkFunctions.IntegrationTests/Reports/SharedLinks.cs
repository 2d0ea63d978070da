using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>Mints shared links with the test host's function key, and reads the shared reports with their tokens.</summary>
internal static class SharedLinks
{
    /// <summary>A minted link: its id, its token and the whole 201 body.</summary>
    public sealed record Minted(string Id, string Token, string DashboardUrl, JsonElement Body);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string contentType = "application/json", bool withKey = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stats/links") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (withKey)
        {
            request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<Minted> MintAsync(HttpClient client, string label, string? article = null, DateTimeOffset? expires = null)
    {
        using var response = await PostAsync(client, JsonSerializer.Serialize(new { label, article, expires }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement.Clone();
        return new Minted(body.GetProperty("link").GetProperty("id").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("dashboardUrl").GetString()!, body);
    }

    public static async Task<HttpResponseMessage> ManageAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, "/api/stats/" + path);
        request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);
        return await client.SendAsync(request);
    }

    /// <summary>GET /api/shared/{pathAndQuery} with the token (none when null), as a browser of another origin would.</summary>
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string? token, string pathAndQuery, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/shared/" + pathAndQuery);
        request.Headers.Add("Origin", "https://partner.example");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        else if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The body of a 200 answer as text (fails the test otherwise).</summary>
    public static async Task<string> TextAsync(HttpClient client, string token, string pathAndQuery)
    {
        using var response = await GetAsync(client, token, pathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pathAndQuery}: {(int)response.StatusCode} {body}");
        return body;
    }
}
