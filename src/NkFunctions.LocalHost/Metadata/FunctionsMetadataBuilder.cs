namespace NkFunctions.LocalHost.Metadata;

/// <summary>Collects the functions of functions.metadata in file order, refusing a name used twice.</summary>
internal sealed class FunctionsMetadataBuilder
{
    // The Functions host looks functions up ignoring case (the admin endpoint too), so "Ping" and "ping" are one name.
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HttpFunctionDescriptor> _http = [];
    private readonly List<TimerFunctionDescriptor> _timers = [];
    private readonly List<FunctionDescriptor> _other = [];

    /// <exception cref="FormatException">Another function already has this name, in any case.</exception>
    public void Add(HttpFunctionDescriptor function) => _http.Add(Checked(function));

    /// <exception cref="FormatException">Another function already has this name, in any case.</exception>
    public void Add(TimerFunctionDescriptor function) => _timers.Add(Checked(function));

    /// <exception cref="FormatException">Another function already has this name, in any case.</exception>
    public void Add(FunctionDescriptor function) => _other.Add(Checked(function));

    public FunctionsMetadata Build() => new(_http, _timers, _other);

    private T Checked<T>(T function)
        where T : IFunctionEntryPoint =>
        _names.Add(function.Name) ? function : throw new FormatException($"function name '{function.Name}' is used more than once (names are compared ignoring case)");
}
