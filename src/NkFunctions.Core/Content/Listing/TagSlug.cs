using System.Text;

namespace NkFunctions.Core.Content.Listing;

/// <summary>
/// The URL key of a tag or an author: lower case, letters and digits kept, every other run of characters one hyphen.
/// Front matter tags are free text, so "NK Cells" and "nk-cells" are one tag.
/// </summary>
public static class TagSlug
{
    /// <summary>The slug of <paramref name="name"/>; empty when it has no letter or digit.</summary>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var c in name.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return slug.ToString();
    }
}
