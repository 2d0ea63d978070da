using Microsoft.AspNetCore.Http;

namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>
/// Global Privacy Control and Do Not Track: when a reader sends either, nothing is collected (stricter than
/// Plausible and Fathom, which ignore both).
/// </summary>
internal static class PrivacySignals
{
    public static bool OptedOut(HttpRequest request) =>
        request.Headers["Sec-GPC"].ToString().Trim() == "1" || request.Headers["DNT"].ToString().Trim() == "1";
}
