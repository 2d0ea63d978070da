namespace NkFunctions.IntegrationTests.LocalHost.Metadata;

/// <summary>A file in a fresh temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string _directory;

    private TempFile(string directory, string path)
    {
        _directory = directory;
        Path = path;
    }

    public string Path { get; }

    /// <summary>A path in a new empty folder; the file itself is written only when <paramref name="text"/> is given.</summary>
    public static TempFile Create(string fileName, string? text)
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nk-localhost-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, fileName);
        if (text is not null)
        {
            File.WriteAllText(path, text);
        }

        return new TempFile(directory, path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
