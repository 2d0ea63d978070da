using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Embeds;

namespace MicroBench;

/// <summary>
/// Serving cached content: ContentApi.GetSection on a DefaultHttpContext (negotiation, catalog lookups, the
/// result), and the same plus executing the result into a null stream (headers, ETag check, body write). The
/// context is built once and reused, so what is measured, and allocated, is our code and the header writes.
/// </summary>
[MemoryDiagnoser]
public class ServeBenchmarks : IDisposable
{
    private ServiceProvider _services = null!;
    private ContentApi _api = null!;
    private DefaultHttpContext _json = null!;
    private DefaultHttpContext _html = null!;
    private DefaultHttpContext _notModified = null!;
    private DefaultHttpContext _article = null!;
    private DefaultHttpContext _embed = null!;
    private EmbedApi _embeds = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Content:Root", RepoContent.Root)]).Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddNkContent().AddNkEmbeds().BuildServiceProvider();
        _services.GetRequiredService<ContentStore>().LoadInitial();
        _api = _services.GetRequiredService<ContentApi>();
        _json = Context("application/json", null);
        _html = Context("text/html", null);
        var etag = ((NkFunctions.Core.Http.RepresentationResult)_api.GetSection(_json.Request, RepoContent.Slug, RepoContent.SectionId)).Representation.EntityTag;
        _notModified = Context("application/json", etag);
        _embeds = _services.GetRequiredService<EmbedApi>();
        _article = Context("application/json", null, $"/api/articles/{RepoContent.Slug}");
        _embed = Context("text/html", null, $"/api/embed/{RepoContent.Slug}/{RepoContent.SectionId}");
    }

    [Benchmark(Description = "GetSection (JSON): pick the cached representation")]
    public IResult GetSection() => _api.GetSection(_json.Request, RepoContent.Slug, RepoContent.SectionId);

    [Benchmark(Description = "ServeSection (JSON): GetSection + execute into a null stream")]
    public Task ServeSectionJson() => _api.GetSection(_json.Request, RepoContent.Slug, RepoContent.SectionId).ExecuteAsync(_json);

    [Benchmark(Description = "ServeSection (HTML fragment): GetSection + execute")]
    public Task ServeSectionHtml() => _api.GetSection(_html.Request, RepoContent.Slug, RepoContent.SectionId).ExecuteAsync(_html);

    [Benchmark(Description = "ServeSection, If-None-Match: GetSection + execute (304)")]
    public Task ServeSectionNotModified() => _api.GetSection(_notModified.Request, RepoContent.Slug, RepoContent.SectionId).ExecuteAsync(_notModified);

    [Benchmark(Description = "ServeArticle (JSON): GetArticle (public base, Link header) + execute")]
    public Task ServeArticleJson() => _api.GetArticle(_article.Request, RepoContent.Slug).ExecuteAsync(_article);

    [Benchmark(Description = "ServeEmbed (section embed page): GetSectionEmbed (public base, policy headers) + execute")]
    public Task ServeEmbedPage() => _embeds.GetSectionEmbed(_embed.Request, RepoContent.Slug, RepoContent.SectionId).ExecuteAsync(_embed);

    public void Dispose()
    {
        _services?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static DefaultHttpContext Context(string accept, string? ifNoneMatch, string path = "/")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        context.Request.Path = path;
        context.Request.Headers.Accept = accept;
        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        context.Response.Body = Stream.Null;
        return context;
    }
}
