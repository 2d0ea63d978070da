using NkFunctions.Core.Content;

namespace NkFunctions.Core.Tests.TestSupport;

/// <summary>Shortcuts for loading one article through the public <see cref="ContentLoader"/>.</summary>
internal static class Loading
{
    // ContentLoader is documented as build-once and thread-safe; sharing it also exercises that.
    public static readonly ContentLoader Loader = new();

    public const string ArticleFile = "articles/article.md";

    /// <summary>Loads a content root holding only <c>articles/article.md</c> with <paramref name="text"/>.</summary>
    public static ContentLoadResult LoadOne(string text, Action<TempContentRoot>? arrange = null)
    {
        using var root = new TempContentRoot();
        root.AddArticle("article.md", text);
        arrange?.Invoke(root);
        return Loader.Load(root.Root);
    }

    /// <summary>The messages of the errors reported for <c>articles/article.md</c>, after checking nothing else failed.</summary>
    public static IReadOnlyList<string> ErrorsOf(ContentLoadResult result)
    {
        Assert.All(result.Errors, error => Assert.Equal(ArticleFile, error.File));
        Assert.Empty(result.Articles);
        return [.. result.Errors.Select(error => error.Message)];
    }
}
