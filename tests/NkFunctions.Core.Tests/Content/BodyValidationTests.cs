using NkFunctions.Core.Tests.TestSupport;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content;

/// <summary>One test per body error kind: empty body and the heading rules behind section ids.</summary>
public sealed class BodyValidationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("<!-- only a comment -->\n")]
    [InlineData("[unused]: https://example.org\n")]
    public void Load_EmptyBody_ReportsEmptyBody(string body)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: body)));

        Assert.Equal(["the body is empty: write the article below the closing '---' line"], errors);
    }

    [Fact]
    public void Load_HeadingWithIntroductionId_ReportsReservedId()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "Lead.\n\n## Introduction\n\nText.\n")));

        var error = Assert.Single(errors);
        Assert.Equal(
            "heading 'Introduction' at line 10 gets the id 'introduction', which is reserved for the lead section; rename it, e.g. 'Overview'",
            error);
    }

    [Fact]
    public void Load_DeeperHeadingWithIntroductionId_ReportsReservedId()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "## Start\n\n### Introduction\n\nText.\n")));

        Assert.Contains(errors, e => e.StartsWith("heading 'Introduction' at line 10 gets the id 'introduction'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LevelOneHeading_SaysTitleComesFromFrontMatter()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "# My Title\n\nLead.\n")));

        Assert.Equal(["level-1 heading 'My Title' at line 8: the article title comes from the front matter; start sections with '##'"], errors);
    }

    [Fact]
    public void Load_EmptyHeading_ReportsNoText()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.Valid(body: "Lead.\n\n##\n\nText.\n")));

        Assert.Equal(["heading at line 10 has no text"], errors);
    }

    [Fact]
    public void Load_RepeatedHeadings_AreNotDuplicatesBecauseIdsAreNumbered()
    {
        var result = LoadOne(ArticleText.Valid(body: "## Same\n\nA.\n\n## Same\n\nB.\n"));

        Assert.Empty(result.Errors);
        Assert.Equal(["same", "same-1"], result.Articles[0].Sections.Select(s => s.Id));
    }
}
