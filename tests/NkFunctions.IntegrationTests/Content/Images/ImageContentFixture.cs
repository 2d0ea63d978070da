using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content.Images;

/// <summary>A local host over the seed content plus <see cref="IllustratedContent"/>; shared by the read-only image tests.</summary>
public sealed class ImageContentFixture : IAsyncLifetime
{
    private LocalHostServer? _server;

    public HttpClient Client => (_server ?? throw new InvalidOperationException("Not started.")).Client;

    public IllustratedContent Content { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var root = RepoPaths.CopyContentToTemp();
        Content = IllustratedContent.WriteTo(root);
        _server = await LocalHostServer.StartAsync(root);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
