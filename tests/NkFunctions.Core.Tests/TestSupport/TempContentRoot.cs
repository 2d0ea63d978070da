namespace NkFunctions.Core.Tests.TestSupport;

/// <summary>A throw-away content root with an <c>articles/</c> folder, deleted on dispose.</summary>
internal sealed class TempContentRoot : IDisposable
{
    public TempContentRoot()
    {
        Root = Path.Combine(Path.GetTempPath(), "nk-content-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
    }

    public string Root { get; }

    /// <summary>Writes <c>articles/{fileName}</c>.</summary>
    public string AddArticle(string fileName, string text) => AddFile($"articles/{fileName}", text);

    /// <summary>Writes a file at a path relative to the root, creating folders as needed.</summary>
    public string AddFile(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes binary content (an image) at a path relative to the root, creating folders as needed.</summary>
    public string AddBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
