using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>Calls the stats API with the test host's function key.</summary>
internal static class Stats
{
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats/" + pathAndQuery);
        request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);
        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The JSON body of a 200 answer (fails the test otherwise).</summary>
    public static async Task<JsonElement> JsonAsync(HttpClient client, string pathAndQuery)
    {
        using var response = await GetAsync(client, pathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pathAndQuery}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The raw body text of a 200 answer, for comparing two hosts' answers byte for byte.</summary>
    public static async Task<string> TextAsync(HttpClient client, string pathAndQuery)
    {
        using var response = await GetAsync(client, pathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pathAndQuery}: {(int)response.StatusCode} {body}");
        return body;
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
