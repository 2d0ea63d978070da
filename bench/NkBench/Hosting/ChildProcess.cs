using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace NkBench.Hosting;

/// <summary>
/// A process the harness started (a server, a baseline, a load generator, a bench program), optionally pinned to
/// CPUs with taskset (which execs in place: the process id is the program's own). Its output is kept for the report
/// and for error messages; disposing kills it and its children. Every live child is also killed when the harness is
/// interrupted, so nothing it started outlives it.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<ChildProcess, bool> Live = new();

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly bool _echo;

    private ChildProcess(Process process, string description, bool echo)
    {
        _process = process;
        Description = description;
        _echo = echo;
    }

    public string Description { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The process id (taskset execs in place, so it is the program's own), for reading /proc.</summary>
    public int Id => _process.Id;

    /// <summary>Everything the process wrote so far (stdout and stderr, interleaved by line).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>What the process wrote to stdout alone (its result; progress and logs go to stderr).</summary>
    public string StandardOutput
    {
        get
        {
            lock (_output)
            {
                return _standardOutput.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="file"/>; <paramref name="cpus"/> is a taskset list; <paramref name="echo"/> copies its output to the console.</summary>
    public static ChildProcess Start(string file, IEnumerable<string> args, string? cpus, bool echo = false, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(cpus is null ? file : "taskset")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (cpus is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(cpus);
            start.ArgumentList.Add(file);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var description = string.Join(' ', start.ArgumentList.Prepend(start.FileName));
        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process, description, echo);
        process.OutputDataReceived += (_, e) => child.Append(e.Data, standardOutput: true);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data, standardOutput: false);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start " + description);
        }

        Live[child] = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Kills every child still running (on Ctrl+C or when the harness exits).</summary>
    public static void KillAll()
    {
        foreach (var child in Live.Keys)
        {
            child.Kill();
        }
    }

    /// <summary>Waits for the process to exit by itself and returns its stdout; throws when it fails or outlives <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForSuccessAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{Description} did not finish within {timeout}. Its output:\n{Tail()}");
        }

        // WaitForExitAsync also waits for the redirected streams to reach their end.
        return _process.ExitCode == 0
            ? StandardOutput
            : throw new InvalidOperationException($"{Description} exited with code {_process.ExitCode}. Its output:\n{Tail()}");
    }

    /// <summary>The last lines of the output, for error messages.</summary>
    public string Tail(int lines = 40) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        finally
        {
            Live.TryRemove(this, out _);
            _process.Dispose();
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private void Append(string? line, bool standardOutput)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
            if (standardOutput)
            {
                _standardOutput.Append(line).Append('\n');
            }
        }

        if (_echo)
        {
            Console.WriteLine("    " + line);
        }
    }
}
