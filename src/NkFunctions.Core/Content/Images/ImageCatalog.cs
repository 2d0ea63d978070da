using System.Collections.Frozen;

namespace NkFunctions.Core.Content.Images;

/// <summary>The image files of one catalog, by hash and file name: a request is two lookups.</summary>
internal sealed class ImageCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, ImageAsset>> _byHash;

    /// <param name="images">Processed images; a file used by several articles (or two equal files) is served once per name.</param>
    public ImageCatalog(IEnumerable<ProcessedImage> images)
    {
        _byHash = images
            .SelectMany(i => i.Assets)
            .GroupBy(a => a.Hash, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.DistinctBy(a => a.FileName, StringComparer.Ordinal).ToFrozenDictionary(a => a.FileName, StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <summary>Files served (originals and variants).</summary>
    public int Count => _byHash.Values.Sum(names => names.Count);

    /// <summary>The file at <c>{hash}/{fileName}</c>, or the names its hash is served under when only the name is wrong.</summary>
    public ImageAsset? Find(string hash, string fileName, out IReadOnlyCollection<string> namesOfHash)
    {
        if (!_byHash.TryGetValue(hash, out var names))
        {
            namesOfHash = [];
            return null;
        }

        namesOfHash = names.Keys;
        return names.GetValueOrDefault(fileName);
    }
}
