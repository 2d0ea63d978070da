namespace NkFunctions.IntegrationTests.Telemetry;

/// <summary>Tests whose host exports telemetry run alone, after the parallel ones: exporters listen process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportingHosts
{
    public const string Name = "Telemetry exporters";
}
