using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// The opaque <c>cursor</c> of a list page. Today it carries the page's offset in the filtered, ordered list, behind a
/// version prefix so a later keyset cursor can be told apart; clients must only pass back what they were given.
/// </summary>
public static class ListCursor
{
    private const string Prefix = "o1:";

    /// <summary>The cursor of the page starting at <paramref name="offset"/>.</summary>
    public static string Encode(long offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset in <paramref name="cursor"/>; false when it is not one this API made.</summary>
    public static bool TryDecode(string cursor, out long offset)
    {
        offset = 0;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && offset <= int.MaxValue;
    }
}
