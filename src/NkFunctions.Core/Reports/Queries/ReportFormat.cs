namespace NkFunctions.Core.Reports.Queries;

/// <summary>How a report is written.</summary>
public enum ReportFormat
{
    /// <summary>application/json.</summary>
    Json,

    /// <summary>text/csv with a header row, as a download.</summary>
    Csv,
}
