namespace NkFunctions.LocalHost.Keys;

/// <summary>Where the local host's function key came from; logged at startup instead of the key itself.</summary>
internal enum FunctionKeySource
{
    /// <summary>The <c>NK_FUNCTION_KEY</c> environment variable.</summary>
    EnvironmentVariable,

    /// <summary>The <c>NK_FUNCTION_KEY</c> configuration value (command line, settings file, ...).</summary>
    Configuration,

    /// <summary>Nothing was configured: a random key was made for this run.</summary>
    Generated,
}
