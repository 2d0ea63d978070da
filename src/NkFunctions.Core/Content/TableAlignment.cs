using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NkFunctions.Core.Content;

/// <summary>
/// Moves pipe-table column alignment from Markdig's <c>style="text-align: ..."</c> (which the sanitizer strips with
/// every other style attribute) to the <c>align</c> attribute, so right-aligned numbers stay right-aligned.
/// </summary>
internal static class TableAlignment
{
    public static void Rewrite(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                // TableCell.ColumnIndex is not set by the pipe table parser; the renderer counts positions, so do we.
                var column = 0;
                foreach (var cell in row.OfType<TableCell>())
                {
                    if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddProperty("align", Name(alignment));
                    }

                    column += Math.Max(1, cell.ColumnSpan);
                }
            }

            foreach (var definition in table.ColumnDefinitions)
            {
                definition.Alignment = null;
            }
        }
    }

    private static string Name(TableColumnAlign alignment) => alignment switch
    {
        TableColumnAlign.Center => "center",
        TableColumnAlign.Right => "right",
        _ => "left",
    };
}
