namespace NkFunctions.Core.Embeds;

/// <summary>The colour scheme of an embed page (<c>?theme=</c>): fixed, or following the reader's preference.</summary>
public enum EmbedTheme
{
    /// <summary>Follows <c>prefers-color-scheme</c> (the default).</summary>
    Auto,

    /// <summary>Dark text on a light background.</summary>
    Light,

    /// <summary>Light text on a dark background.</summary>
    Dark,
}

/// <summary>Names of <see cref="EmbedTheme"/> on the wire.</summary>
public static class EmbedThemes
{
    /// <summary>Every theme, in enum order.</summary>
    public static readonly EmbedTheme[] All = Enum.GetValues<EmbedTheme>();

    /// <summary>The query value of a theme.</summary>
    public static string Name(EmbedTheme theme) => theme switch
    {
        EmbedTheme.Light => "light",
        EmbedTheme.Dark => "dark",
        _ => "auto",
    };

    /// <summary>Parses a query value (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? value, out EmbedTheme theme)
    {
        theme = value switch
        {
            "light" => EmbedTheme.Light,
            "dark" => EmbedTheme.Dark,
            _ => EmbedTheme.Auto,
        };
        return value is "auto" or "light" or "dark";
    }
}
