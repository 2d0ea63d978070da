using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Content.Serving;

/// <summary>
/// Holds the current <see cref="ContentCatalog"/>. Loads once at start-up (and throws if the content is invalid);
/// when watching, a file change marks the catalog stale and the next request reloads it, keeping the last good
/// catalog (and reporting the errors) when the new content is invalid.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly TimeProvider _time;
    private readonly Lock _reloadLock = new();
    private FileSystemWatcher? _watcher;
    private ContentCatalog? _catalog;
    private IReadOnlyList<ContentError> _pendingErrors = [];
    private int _stale;

    /// <summary>Creates the store; nothing is read until <see cref="LoadInitial"/>.</summary>
    public ContentStore(ContentLoader loader, IOptions<ContentOptions> options, ILogger<ContentStore> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _loader = loader;
        _logger = logger;
        _time = time;
        Root = options.Value.ResolvedRoot;
        Prerendered = options.Value.ResolvedPrerenderedPath;
        Watching = options.Value.WatchForChanges;
    }

    /// <summary>The absolute content root.</summary>
    public string Root { get; }

    /// <summary>The build's prerendered articles (<see cref="ContentOptions.PrerenderedPath"/>), absolute.</summary>
    public string Prerendered { get; }

    /// <summary>True when file changes trigger a reload.</summary>
    public bool Watching { get; }

    /// <summary>How many of the served articles the last load took from <see cref="Prerendered"/> rather than rendering.</summary>
    public int FromPrerendered { get; private set; }

    /// <summary>Errors of the last rejected reload (empty when the served content is current).</summary>
    public IReadOnlyList<ContentError> PendingErrors => Volatile.Read(ref _pendingErrors);

    /// <summary>The catalog to serve; reloads first when a watched file changed.</summary>
    internal ContentCatalog Catalog
    {
        get
        {
            if (Volatile.Read(ref _stale) != 0)
            {
                ReloadIfStale();
            }

            return _catalog ?? throw new InvalidOperationException("Content has not been loaded: the start-up service did not run.");
        }
    }

    /// <summary>Loads the content; throws <see cref="ContentValidationException"/> listing every error if it is invalid.</summary>
    public void LoadInitial()
    {
        var result = Load();
        if (!result.IsValid)
        {
            throw new ContentValidationException(Root, result.Errors);
        }

        Volatile.Write(ref _catalog, ContentCatalog.Build(result.Articles, _time.GetUtcNow(), result.Authors, result.Images));
        FromPrerendered = result.FromPrerendered;
        if (_logger.IsEnabled(LogLevel.Information))
        {
            // What the loaded catalog costs in memory (the benchmark's scale scenario reads it); not collected first.
            var heapMiB = GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0;
            ContentLog.Heap(_logger, heapMiB);
        }

        if (Watching && _watcher is null)
        {
            StartWatching();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _watcher?.Dispose();

    private ContentLoadResult Load()
    {
        var started = Stopwatch.GetTimestamp();
        var result = _loader.Load(Root, Prerendered);
        if (result.IsValid && _logger.IsEnabled(LogLevel.Information))
        {
            var published = result.Articles.Where(a => !a.Metadata.Draft).ToList();
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var sections = published.Sum(a => a.Sections.Count);
            ContentLog.Loaded(_logger, published.Count, sections, Root, elapsed);
            ContentLog.Prerendered(_logger, result.FromPrerendered, result.Articles.Count, Prerendered);
            var variants = result.Images.Sum(i => i.Variants.Count);
            var processing = (long)result.ImageProcessingTime.TotalMilliseconds;
            if (result.Images.Count > 0)
            {
                ContentLog.ImagesProcessed(_logger, result.Images.Count, variants, processing);
            }
        }

        return result;
    }

    private void StartWatching()
    {
        _watcher = new FileSystemWatcher(Root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += MarkStale;
        _watcher.Created += MarkStale;
        _watcher.Deleted += MarkStale;
        _watcher.Renamed += MarkStale;
        _watcher.EnableRaisingEvents = true;
        ContentLog.Watching(_logger, Root);
    }

    private void MarkStale(object sender, FileSystemEventArgs e) => Volatile.Write(ref _stale, 1);

    private void ReloadIfStale()
    {
        lock (_reloadLock)
        {
            // Clear the flag before reading, so a change during the load marks the catalog stale again.
            if (Interlocked.Exchange(ref _stale, 0) == 0)
            {
                return;
            }

            try
            {
                var result = Load();
                if (result.IsValid)
                {
                    Volatile.Write(ref _catalog, ContentCatalog.Build(result.Articles, _time.GetUtcNow(), result.Authors, result.Images));
                    FromPrerendered = result.FromPrerendered;
                    Volatile.Write(ref _pendingErrors, []);
                }
                else
                {
                    Volatile.Write(ref _pendingErrors, result.Errors);
                    ContentLog.ReloadRejected(_logger, result.Errors.Count, _catalog?.LoadedAt ?? default, string.Join("\n  ", result.Errors));
                }
            }
            catch (IOException ex)
            {
                // A file mid-save can be locked or vanish between listing and reading: try again on the next change.
                ContentLog.ReloadFailed(_logger, ex, _catalog?.LoadedAt ?? default);
                Volatile.Write(ref _stale, 1);
            }
        }
    }
}
