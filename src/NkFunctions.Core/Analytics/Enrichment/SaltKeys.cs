using System.Globalization;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>How a salt is laid out in its table: one partition, one row per UTC day, the bytes in one property.</summary>
internal static class SaltKeys
{
    public const string PartitionKey = "salt";
    public const string ValueProperty = "Value";
    public const int SaltBytes = 32;

    /// <summary><c>yyyyMMdd</c>: sorts like the date, so "older than" is a RowKey range query.</summary>
    public static string RowKey(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
