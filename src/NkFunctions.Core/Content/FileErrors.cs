namespace NkFunctions.Core.Content;

/// <summary>Collects the errors of one content file, so each check only has to say what is wrong.</summary>
internal sealed class FileErrors(string file)
{
    private readonly List<ContentError> _items = [];

    /// <summary>The file, relative to the content root, with forward slashes.</summary>
    public string File { get; } = file;

    public IReadOnlyList<ContentError> Items => _items;

    public int Count => _items.Count;

    public void Add(string message) => _items.Add(new ContentError(File, message));
}
