using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Storage;

namespace NkFunctions.Core.Reports.Rollups;

/// <summary>The rollup table, created on first use.</summary>
public sealed class RollupTable(TableServiceClient service) : TableOnFirstUse(service, RollupKeys.TableName);
