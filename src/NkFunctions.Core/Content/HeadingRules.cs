using System.Globalization;
using Markdig;
using Markdig.Syntax;

namespace NkFunctions.Core.Content;

/// <summary>Checks the headings that give sections, TOC entries and anchors their ids.</summary>
internal static class HeadingRules
{
    public static void Check(MarkdownDocument document, bool hasIntroduction, MarkdownPipeline pipeline, FileErrors errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (hasIntroduction)
        {
            ids.Add(SectionSource.IntroductionId);
        }

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var line = (heading.Line + 1).ToString(CultureInfo.InvariantCulture);
            var text = HeadingText.Of(heading, pipeline);
            var id = SectionSplitter.HeadingId(heading);

            if (heading.Level == 1)
            {
                errors.Add($"level-1 heading '{text}' at line {line}: the article title comes from the front matter; start sections with '##'");
            }

            if (text.Length == 0)
            {
                errors.Add($"heading at line {line} has no text");
            }
            else if (id == SectionSource.IntroductionId)
            {
                errors.Add($"heading '{text}' at line {line} gets the id 'introduction', which is reserved for the lead section; rename it, e.g. 'Overview'");
            }
            else if (!ids.Add(id))
            {
                // Markdig suffixes repeated ids (-1, -2), so this guards the contract should the pipeline ever change.
                errors.Add($"duplicate section id '{id}' for heading '{text}' at line {line}");
            }
        }
    }
}
