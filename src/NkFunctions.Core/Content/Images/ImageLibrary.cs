using System.Collections.Concurrent;
using System.Diagnostics;

namespace NkFunctions.Core.Content.Images;

/// <summary>
/// The images of one content load: each file is read and processed once however many articles use it, from any number
/// of threads, and every processed file is kept for serving. A new load makes a new library, so a changed image gets a
/// new hash and an unchanged one the same hash as before.
/// </summary>
internal sealed class ImageLibrary(string urlBase)
{
    private readonly ConcurrentDictionary<string, Lazy<(ProcessedImage? Image, string? Error)>> _byPath = new(StringComparer.Ordinal);
    private long _processingTicks;

    /// <summary>What image URLs start with: <c>https://api.example/api</c> or <c>/api</c>.</summary>
    public string UrlBase { get; } = urlBase;

    /// <summary>Time spent reading, decoding, resizing and encoding, summed over threads.</summary>
    public TimeSpan ProcessingTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _processingTicks));

    /// <summary>The processed image at <paramref name="fullPath"/> (an existing file inside the content root), or why not.</summary>
    public (ProcessedImage? Image, string? Error) Get(string fullPath) =>
        _byPath.GetOrAdd(fullPath, path => new Lazy<(ProcessedImage?, string?)>(() => Process(path))).Value;

    /// <summary>Every image processed without error.</summary>
    public IReadOnlyList<ProcessedImage> Images =>
        [.. _byPath.Values.Select(l => l.Value.Image).OfType<ProcessedImage>()];

    private (ProcessedImage?, string?) Process(string path)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return ImageProcessor.Process(File.ReadAllBytes(path), Path.GetFileName(path), UrlBase);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or AggregateException)
        {
            // Skia refused to resize or encode pixels it had decoded: report it as bad content, never crash the load.
            return (null, $"could not be processed: {ex.GetBaseException().Message}");
        }
        finally
        {
            Interlocked.Add(ref _processingTicks, Stopwatch.GetTimestamp() - started);
        }
    }
}
