using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace NkFunctions.Core.Content;

/// <summary>
/// Builds the one Markdig pipeline used for every article. Extensions are chosen one by one rather than with
/// <c>UseAdvancedExtensions()</c>: each one either matches GitHub-flavoured authoring or is left out for a reason.
/// </summary>
/// <remarks>
/// Left out on purpose: footnotes (rendered at the end of the document, which breaks section-by-section serving),
/// generic attributes (would let authors set ids, classes and event attributes on any element), media links
/// (emit iframes, which the sanitizer removes anyway), smarty pants (would change the authors' quotes), task lists
/// (emit form inputs), math and diagrams (need client scripts). Raw HTML stays enabled: everything is sanitized
/// after rendering.
/// </remarks>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseEmphasisExtras()
            // Bare http(s)/www/mailto links; the resulting hrefs go through the same sanitizer as any other link.
            .UseAutoLinks()
            .Build();
}
