namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>The 202 body: how many events were stored.</summary>
/// <param name="Accepted">Events stored.</param>
internal sealed record BeaconAccepted(int Accepted);
