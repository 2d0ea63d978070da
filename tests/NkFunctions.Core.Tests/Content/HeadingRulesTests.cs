using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.Content;

public sealed class HeadingRulesTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [Fact]
    public void Check_TwoHeadingsWithSameId_ReportsDuplicateSectionId()
    {
        // Markdig numbers repeated ids itself, so forge the clash a future pipeline change (e.g. explicit ids) could cause.
        var document = Markdown.Parse("## Alpha\n\nA.\n\n## Beta\n\nB.\n", Pipeline);
        document.Descendants<HeadingBlock>().Last().GetAttributes().Id = "alpha";
        var errors = new FileErrors("articles/a.md");

        HeadingRules.Check(document, hasIntroduction: false, Pipeline, errors);

        var error = Assert.Single(errors.Items);
        Assert.Equal(new ContentError("articles/a.md", "duplicate section id 'alpha' for heading 'Beta' at line 5"), error);
    }

    [Fact]
    public void Check_IntroductionHeadingWithoutLead_IsStillReserved()
    {
        var document = Markdown.Parse("## Introduction\n\nText.\n", Pipeline);
        var errors = new FileErrors("articles/a.md");

        HeadingRules.Check(document, hasIntroduction: false, Pipeline, errors);

        Assert.Contains("reserved for the lead section", Assert.Single(errors.Items).Message, StringComparison.Ordinal);
    }
}
