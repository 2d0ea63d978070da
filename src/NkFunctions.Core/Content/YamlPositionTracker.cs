using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NkFunctions.Core.Content;

/// <summary>
/// Wraps a YAML parser to remember how far it got. Some malformed inputs make YamlDotNet throw a bare
/// <see cref="InvalidOperationException"/> without a position (aaubry/YamlDotNet#541); the last good event still
/// tells the author which line to look at.
/// </summary>
internal sealed class YamlPositionTracker(IParser inner) : IParser
{
    /// <summary>1-based YAML line where the last successfully parsed event ended; 1 before any event.</summary>
    public long LastLine { get; private set; } = 1;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastLine = current.End.Line;
        }

        return moved;
    }
}
