namespace NkFunctions.Core.Content.Seo;

/// <summary>The one URL rule of the SEO and health fields: absolute, http or https, with a host.</summary>
public static class HttpUrl
{
    /// <summary>True when <paramref name="value"/> is an absolute http(s) URL with a host and no whitespace.</summary>
    public static bool IsValid(string? value) =>
        value is not null
        && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
