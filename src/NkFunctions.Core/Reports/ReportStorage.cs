using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Storage;

namespace NkFunctions.Core.Reports;

/// <summary>
/// The reports' own storage client. Beacons use a client that gives up after seconds (a 503 the tracker retries);
/// a rollup reads a whole day of raw events page by page, and on the emulator each page scans the table, so reports,
/// rollups and retention get a patient client of their own (<see cref="ReportOptions.StorageTimeoutSeconds"/>).
/// </summary>
public sealed class ReportStorage(TableServiceClient service)
{
    /// <summary>The service client.</summary>
    public TableServiceClient Service { get; } = service;
}

/// <summary>The raw events table, through the reports' client.</summary>
public sealed class ReportEventTable(ReportStorage storage) : TableOnFirstUse(storage.Service, EventTable.Name);
