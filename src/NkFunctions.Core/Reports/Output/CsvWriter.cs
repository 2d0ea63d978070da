using System.Globalization;
using System.Text;

namespace NkFunctions.Core.Reports.Output;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. Values clients control
/// (utm_campaign, referrer hosts) could start a spreadsheet formula, so a cell starting with <c>= + - @</c>, tab or
/// CR gets a leading <c>'</c> (OWASP's CSV-injection advice); numbers are written by the writer, never prefixed.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();
    private bool _lineStarted;

    /// <summary>Starts a writer with a header row.</summary>
    public CsvWriter(params string[] header)
    {
        ArgumentNullException.ThrowIfNull(header);
        foreach (var name in header)
        {
            Text(name);
        }

        EndRow();
    }

    /// <summary>Adds a text cell.</summary>
    public CsvWriter Text(string? value)
    {
        Separator();
        var cell = value ?? string.Empty;
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _text.Append(cell);
        }

        return this;
    }

    /// <summary>Adds a whole-number cell.</summary>
    public CsvWriter Number(long value)
    {
        Separator();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Adds a decimal cell (shortest round-trip form).</summary>
    public CsvWriter Number(double value)
    {
        Separator();
        _text.Append(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Adds a date cell (yyyy-MM-dd).</summary>
    public CsvWriter Date(DateOnly value)
    {
        Separator();
        _text.Append(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Ends the current row.</summary>
    public CsvWriter EndRow()
    {
        _text.Append("\r\n");
        _lineStarted = false;
        return this;
    }

    /// <summary>The document's UTF-8 bytes.</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text.ToString());

    private void Separator()
    {
        if (_lineStarted)
        {
            _text.Append(',');
        }

        _lineStarted = true;
    }
}
