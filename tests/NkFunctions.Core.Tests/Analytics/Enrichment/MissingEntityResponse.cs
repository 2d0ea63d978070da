using Azure;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

/// <summary>What GetEntityIfExistsAsync answers for a missing entity.</summary>
internal sealed class MissingEntityResponse<T> : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T Value => throw new InvalidOperationException("No value: the entity does not exist.");

    public override Response GetRawResponse() => new FakeResponse(404);
}
