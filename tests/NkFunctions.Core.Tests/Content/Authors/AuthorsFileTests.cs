using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Authors;
using NkFunctions.Core.Tests.TestSupport;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content.Authors;

/// <summary>The optional authors.yml: read with the content, every problem reported with its line.</summary>
public sealed class AuthorsFileTests
{
    [Fact]
    public void Load_ValidAuthorsFile_ReturnsItsRecords()
    {
        var result = LoadOne(ArticleText.Valid(), root => root.AddFile("authors.yml", """
            - name: Temp Dost
              bio: Writes about fertility.
              url: https://site.example/about/temp
              sameAs: [https://orcid.org/0000-0002-1825-0097]
            - name: Ada Author
            """));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Authors.Count);
        var temp = result.Authors[0];
        Assert.Equal(new AuthorProfile("temp-dost", "Temp Dost", "Writes about fertility.", "https://site.example/about/temp", temp.SameAs), temp);
        Assert.Equal(["https://orcid.org/0000-0002-1825-0097"], temp.SameAs);
        Assert.Equal(new AuthorProfile("ada-author", "Ada Author", null, null, result.Authors[1].SameAs), result.Authors[1]);
        Assert.Empty(result.Authors[1].SameAs);
    }

    [Fact]
    public void Load_NoAuthorsFile_HasNoRecords()
    {
        var result = LoadOne(ArticleText.Valid());

        Assert.Empty(result.Errors);
        Assert.Empty(result.Authors);
    }

    [Theory]
    [InlineData("name: Temp", "must be a list of authors, each starting '- name: ...'")]
    [InlineData("- bio: No name", "the author at line 1 has no 'name'")]
    [InlineData("- name: A\n  url: /about/a", "'url' '/about/a' must be an absolute http or https URL (line 1)")]
    [InlineData("- name: A\n  sameAs: [https://ok.example/, mailto:a@b.example]", "'sameAs' 'mailto:a@b.example' must be an absolute http or https URL (line 2)")]
    [InlineData("- name: A\n  twitter: '@a'", "unknown key 'twitter' (line 2); an author's keys are: name, bio, url, sameAs")]
    [InlineData("- name: Jane Doe\n- name: jane doe", "'jane doe' (line 2) is the same author as 'Jane Doe': names are matched by their slug, 'jane-doe'")]
    [InlineData("- name: [a", "malformed YAML at line")]
    public void Load_WrongAuthorsFile_ReportsItAgainstTheFile(string yaml, string expected)
    {
        var result = LoadOne(ArticleText.Valid(), root => root.AddFile("authors.yml", yaml));

        var error = Assert.Single(result.Errors);
        Assert.Equal("authors.yml", error.File);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }
}
