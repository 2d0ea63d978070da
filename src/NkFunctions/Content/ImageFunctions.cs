using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Images;

namespace NkFunctions.Content;

/// <summary>The articles' images and their responsive variants. Routes under <c>images/</c>, so no article route can shadow it.</summary>
public sealed class ImageFunctions(ImageApi images)
{
    /// <summary>One image file by content hash and name, cached as immutable.</summary>
    [Function(nameof(GetImage))]
    public IResult GetImage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "images/{hash}/{fileName}")] HttpRequest request,
        string hash,
        string fileName) =>
        images.Get(request, hash, fileName);
}
