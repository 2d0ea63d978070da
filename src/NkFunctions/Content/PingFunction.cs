using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.Content;

public sealed class PingFunction
{
    [Function("Ping")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ping/{id}")] HttpRequest req, string id) => Results.Text(id + GetHashCode());
}
