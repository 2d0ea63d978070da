using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Http.Filters;

/// <summary>
/// Limits on what a request may carry besides its body (configuration section <c>RequestLimits</c>). The server in
/// front (Kestrel locally, the Functions front end in Azure) has larger limits of its own and refuses beyond them with
/// a bare status; these lower ones answer first, with a problem document that says which limit and by how much.
/// </summary>
public sealed class RequestLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RequestLimits";

    /// <summary>Longest query string, in characters after the <c>?</c>; longer gets 414. No endpoint needs 200.</summary>
    [Range(64, 65_536)]
    public int MaxQueryLength { get; set; } = 2048;

    /// <summary>Most query parameters; more gets 414.</summary>
    [Range(1, 1024)]
    public int MaxQueryParameters { get; set; } = 32;

    /// <summary>Most bytes of header names and values together; more gets 431. Browsers send 1 to 3 KiB.</summary>
    [Range(1024, 1_048_576)]
    public int MaxHeaderBytes { get; set; } = 16 * 1024;
}
