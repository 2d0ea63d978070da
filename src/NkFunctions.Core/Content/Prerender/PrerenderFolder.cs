using System.Text.Json;

namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// A folder of prerendered articles, one JSON file per <see cref="PrerenderKey"/>: written by the build into the
/// deployment package, read at start-up. Content-addressed, so a stale or foreign file is never read by mistake: a
/// changed article has a new key, and a key that is not there is rendered instead.
/// </summary>
internal sealed class PrerenderFolder(string path)
{
    private const string Extension = ".json";

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The entry under <paramref name="key"/>; null when there is none or it cannot be read (then the article is rendered).</summary>
    public PrerenderedArticle? TryRead(string key)
    {
        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(FileOf(key)), PrerenderJson.Files.PrerenderedArticle);
            return entry?.Key == key ? entry : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // Missing is the common case (content changed since the build); a damaged file costs a render, never the start-up.
            return null;
        }
    }

    /// <summary>True when an entry is stored under <paramref name="key"/>.</summary>
    public bool Contains(string key) => File.Exists(FileOf(key));

    /// <summary>Stores <paramref name="entry"/>; written beside and moved in, so a reader never sees half a file.</summary>
    public void Write(PrerenderedArticle entry)
    {
        Directory.CreateDirectory(Path);
        var target = FileOf(entry.Key);
        var temporary = target + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(entry, PrerenderJson.Files.PrerenderedArticle));
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Deletes every entry not in <paramref name="keep"/>; returns how many.</summary>
    public int Prune(IReadOnlySet<string> keep)
    {
        if (!Directory.Exists(Path))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Path, "*" + Extension))
        {
            if (!keep.Contains(System.IO.Path.GetFileNameWithoutExtension(file)))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    private string FileOf(string key) => System.IO.Path.Combine(Path, key + Extension);
}
