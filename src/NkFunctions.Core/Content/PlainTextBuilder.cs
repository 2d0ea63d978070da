using System.Text;

namespace NkFunctions.Core.Content;

/// <summary>
/// Accumulates the text of <see cref="TextExtractor"/> paragraph by paragraph, collapsing whitespace the way a
/// browser displays it.
/// </summary>
internal sealed class PlainTextBuilder
{
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private bool _pendingSpace;

    public void Append(string text, bool preformatted)
    {
        if (preformatted)
        {
            _current.Append(text.ReplaceLineEndings("\n"));
            _pendingSpace = false;
            return;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingSpace && _current.Length > 0 && _current[^1] is not ('\n' or '\t'))
            {
                _current.Append(' ');
            }

            _current.Append(c);
            _pendingSpace = false;
        }
    }

    public void LineBreak()
    {
        _current.Append('\n');
        _pendingSpace = false;
    }

    /// <summary>Cells of one row stay on one line, separated by tabs.</summary>
    public void CellBreak()
    {
        if (_current.Length > 0)
        {
            _current.Append('\t');
        }

        _pendingSpace = false;
    }

    public void EndParagraph()
    {
        // Only line breaks and cell tabs can pad a paragraph; spaces at its start are code indentation in <pre>.
        var paragraph = _current.ToString().Trim('\n', '\t');
        if (paragraph.Length > 0)
        {
            _paragraphs.Add(paragraph);
        }

        _current.Clear();
        _pendingSpace = false;
    }

    public string Finish()
    {
        EndParagraph();
        return string.Join("\n\n", _paragraphs);
    }
}
