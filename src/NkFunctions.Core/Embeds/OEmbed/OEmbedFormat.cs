namespace NkFunctions.Core.Embeds.OEmbed;

/// <summary>The response formats of oEmbed 1.0; both are implemented, as the spec encourages.</summary>
public enum OEmbedFormat
{
    /// <summary><c>format=json</c> (the default).</summary>
    Json,

    /// <summary><c>format=xml</c>.</summary>
    Xml,
}
