namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// The random per-UTC-day salts that key the visitor-day hash. Every app instance must get the same salt for a
/// day, and a salt must disappear once it is no longer needed, which makes old visitor hashes unlinkable.
/// </summary>
public interface ISaltStore
{
    /// <summary>The salt for <paramref name="day"/> (UTC), created on first use. Callers must not modify the returned array.</summary>
    ValueTask<byte[]> GetSaltAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Deletes every salt older than yesterday (a salt for day D goes once <paramref name="today"/> >= D + 2) and returns how many it deleted.</summary>
    Task<int> DeleteExpiredAsync(DateOnly today, CancellationToken cancellationToken);
}
