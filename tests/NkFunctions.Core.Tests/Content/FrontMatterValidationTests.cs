using NkFunctions.Core.Tests.TestSupport;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content;

/// <summary>One test per front matter error kind; each error must name the file and say what is wrong.</summary>
public sealed class FrontMatterValidationTests
{
    [Fact]
    public void Load_NoFrontMatter_ReportsMissingFrontMatter()
    {
        var errors = ErrorsOf(LoadOne("Just a body.\n\n## Section\n\nText.\n"));

        Assert.Contains(errors, e => e.StartsWith("missing front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnclosedFrontMatter_ReportsMissingFrontMatter()
    {
        var errors = ErrorsOf(LoadOne("---\ntitle: x\nslug: x\n\nBody text.\n"));

        Assert.Contains(errors, e => e.StartsWith("missing front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MalformedYaml_ReportsFileLineFromYamlDotNet()
    {
        // Line 1 is '---', so the unterminated quote on the YAML's 2nd line is file line 3.
        var errors = ErrorsOf(LoadOne(ArticleText.WithFrontMatter("title: Test\nsummary: 'unterminated\nslug: x")));

        var error = Assert.Single(errors);
        Assert.StartsWith("malformed YAML in front matter at line 3:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlThatCrashesYamlDotNet_ReportsMalformedYamlInsteadOfThrowing()
    {
        // An unterminated flow sequence makes YamlDotNet 18 throw InvalidOperationException (aaubry/YamlDotNet#541).
        var errors = ErrorsOf(LoadOne(ArticleText.WithFrontMatter("title: [a\nslug: b")));

        var error = Assert.Single(errors);
        Assert.StartsWith("malformed YAML in front matter near line", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateKey_ReportsMalformedYaml()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields("title: Again")));

        Assert.Contains(errors, e => e.Contains("line 6", StringComparison.Ordinal) && e.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Load_EmptyFrontMatter_ReportsEmpty()
    {
        var errors = ErrorsOf(LoadOne("---\n\n---\n\nBody.\n"));

        Assert.Contains(errors, e => e.StartsWith("front matter is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FrontMatterIsAList_ReportsShape()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithFrontMatter("- title\n- slug")));

        Assert.Contains(errors, e => e.StartsWith("front matter must be 'key: value' lines", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownKey_NamesTheKeyAndItsLine()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields("titel: Typo")));

        var error = Assert.Single(errors);
        Assert.StartsWith("unknown front matter key 'titel' (line 6)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralUnknownKeys_ReportsEachOne()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields("Title: Case\nauthors: [a]")));

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("'Title'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'authors'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("slug")]
    [InlineData("published")]
    [InlineData("summary")]
    public void Load_MissingRequiredField_NamesTheField(string key)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithField(key, string.Empty)));

        Assert.Contains($"missing required front matter field '{key}'", errors);
    }

    [Fact]
    public void Load_AllRequiredFieldsMissing_ReportsEveryOne()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithFrontMatter("author: Someone")));

        Assert.Equal(4, errors.Count(e => e.StartsWith("missing required front matter field", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: ~")]
    [InlineData("title: ''")]
    public void Load_EmptyRequiredField_ReportsEmpty(string line)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithField("title", line)));

        Assert.Contains("'title' is empty; it is required", errors);
    }

    [Theory]
    [InlineData("title: [a, b]", "'title' must be a single value, not a list")]
    [InlineData("title:\n  nested: x", "'title' must be a single value, not a nested mapping")]
    [InlineData("tags: fertility", "'tags' must be a list")]
    [InlineData("tags: [fertility, [x]]", "every entry of 'tags' must be a non-empty text")]
    [InlineData("tags: [fertility, '']", "every entry of 'tags' must be a non-empty text")]
    [InlineData("draft: yes", "'draft' must be true or false, not 'yes'")]
    public void Load_WrongType_SaysWhatIsExpected(string line, string expected)
    {
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        var errors = ErrorsOf(LoadOne(ArticleText.WithField(key, line)));

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.StartsWith("missing required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NK-Cells")]
    [InlineData("nk_cells")]
    [InlineData("nk--cells")]
    [InlineData("-nk")]
    [InlineData("nk-")]
    [InlineData("nk cells")]
    [InlineData("ünïcode")]
    public void Load_BadSlug_NamesTheSlug(string slug)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithField("slug", $"slug: '{slug}'")));

        var error = Assert.Single(errors);
        Assert.StartsWith($"'slug' '{slug}' is not valid", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("published: 03/11/2026", "'published' '03/11/2026' is not a date in the form yyyy-MM-dd")]
    [InlineData("published: 2026-13-01", "'published' '2026-13-01' is not a date in the form yyyy-MM-dd")]
    [InlineData("published: 2026-11-03T10:00:00Z", "'published' '2026-11-03T10:00:00Z' is not a date in the form yyyy-MM-dd")]
    [InlineData("published: 2026-1-3", "'published' '2026-1-3' is not a date in the form yyyy-MM-dd")]
    public void Load_BadPublishedDate_SaysTheFormat(string line, string expected)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithField("published", line)));

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadUpdatedDate_SaysTheFormat()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields("updated: soon")));

        Assert.Contains(errors, e => e.StartsWith("'updated' 'soon' is not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UpdatedBeforePublished_NamesBothDates()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields("updated: 2025-12-31")));

        Assert.Equal(["'updated' (2025-12-31) is before 'published' (2026-01-01)"], errors);
    }

    [Fact]
    public void Load_SummaryOver300Characters_ReportsLength()
    {
        var summary = new string('a', 301);

        var errors = ErrorsOf(LoadOne(ArticleText.WithField("summary", $"summary: {summary}")));

        var error = Assert.Single(errors);
        Assert.StartsWith("'summary' is 301 characters long", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Summary300Characters_IsAccepted()
    {
        var result = LoadOne(ArticleText.WithField("summary", $"summary: {new string('a', 300)}"));

        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("articles/x")]
    [InlineData("//evil.example/x")]
    [InlineData("/a b")]
    [InlineData("/a\\b")]
    [InlineData("https://example.org/x")]
    public void Load_BadPath_SaysItMustBeASitePath(string path)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields($"path: '{path}'")));

        var error = Assert.Single(errors);
        Assert.StartsWith($"'path' '{path}' must be a site path starting with a single '/'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsThemAll()
    {
        var text = ArticleText.WithFrontMatter("titel: x\nslug: Bad_Slug\npublished: tomorrow\ndraft: maybe", "Body with a [broken](missing.md) link.\n");

        var errors = ErrorsOf(LoadOne(text));

        Assert.Contains(errors, e => e.Contains("'titel'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'Bad_Slug'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'tomorrow'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'maybe'", StringComparison.Ordinal));
        Assert.Contains("missing required front matter field 'title'", errors);
        Assert.Contains("missing required front matter field 'summary'", errors);
        Assert.Contains(errors, e => e.StartsWith("broken link 'missing.md'", StringComparison.Ordinal));
    }
}
